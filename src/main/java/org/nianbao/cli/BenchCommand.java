package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.nianbao.analysis.Analyzers;
import org.nianbao.index.Fields;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.IndexUnavailableException;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportDocuments;
import org.nianbao.index.ReportIndexer;
import org.nianbao.index.SourceFiles;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;
import org.nianbao.search.Facet;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchSettings;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.LuceneSearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao bench …}: the rerunnable benchmarks behind BENCHMARKS.md. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "基准测试（见 BENCHMARKS.md）",
    subcommands = {BenchCommand.Analysis.class, BenchCommand.Queries.class})
final class BenchCommand {

  /**
   * One core running both analyses over exactly the texts the indexer analyses: the indexing limit,
   * in MB/s of files counted as {@code index} counts them, best of {@code --runs}.
   */
  @Command(
      name = "analysis",
      mixinStandardHelpOptions = true,
      description = "单核分析吞吐（smartcn + 二元组）")
  static final class Analysis implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--max-files",
        defaultValue = "20000",
        converter = OptionTypes.Positive.class,
        description = "最多读取的文件数")
    int maxFiles;

    @Option(names = "--runs", defaultValue = "3", converter = OptionTypes.Positive.class)
    int runs;

    @Option(names = "--with-index", description = "每一轮分析之后，在同一进程里把同样的文件索引进一个临时目录，比较吞吐（墙钟和 CPU）")
    boolean withIndex;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      // the limit: smartcn over the section texts, title and agency, plus the bigram chain over
      // exactly the texts the indexer analyses (ReportDocuments); the file bytes counted as
      // `index` counts them (the size of every file it indexed)
      List<String> wordTexts = new ArrayList<>();
      List<String> bigramTexts = new ArrayList<>();
      long fileBytes = 0;
      int files = 0;
      List<Path> parsed = new ArrayList<>();
      ReportParser parser = new ReportParser();
      for (var f : SourceFiles.list(paths).files()) {
        if (files >= maxFiles) {
          break;
        }
        try {
          Report r = parser.parse(f.path());
          fileBytes += Files.size(f.path());
          files++;
          parsed.add(f.path());
          for (String[] t : ReportDocuments.analysedTexts(r)) {
            if (Fields.BIGRAM_FIELDS.contains(t[0])) { // run-grams are the index's own choice
              bigramTexts.add(t[1]);
            }
          }
          wordTexts.addAll(ReportDocuments.smartcnTexts(r));
        } catch (ReportFileException | IOException e) {
          // benchmarks run over generated corpora; a bad file only reduces the sample
        }
      }
      out.printf(
          Locale.ROOT,
          "input: %d files, %.1f MB of files; analysed %.1f MB of text with smartcn, %.1f MB with"
              + " bigrams (UTF-8)%n",
          files,
          fileBytes / 1e6,
          utf8(wordTexts) / 1e6,
          utf8(bigramTexts) / 1e6);
      Analyzer words = Analyzers.words();
      Analyzer bigrams = Analyzers.bigramsForIndex();
      consume(words, wordTexts.subList(0, Math.min(wordTexts.size(), 2000)));
      consume(bigrams, bigramTexts.subList(0, Math.min(bigramTexts.size(), 2000)));
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      double best = Double.MAX_VALUE;
      double bestCpu = Double.MAX_VALUE;
      double bestIndex = Double.MAX_VALUE;
      double bestIndexCpu = Double.MAX_VALUE;
      for (int i = 0; i < runs; i++) {
        long c0 = cpu.getCurrentThreadCpuTime();
        double w = seconds(() -> consume(words, wordTexts));
        double b = seconds(() -> consume(bigrams, bigramTexts));
        double c = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
        best = Math.min(best, w + b);
        bestCpu = Math.min(bestCpu, c);
        out.printf(
            Locale.ROOT,
            "run %d: smartcn %.2f s, bigrams %.2f s, CPU %.2f s, both %.2f MB/s of files%n",
            i + 1,
            w,
            b,
            c,
            fileBytes / 1e6 / (w + b));
        out.flush();
        if (withIndex) {
          double[] r = indexOnce(parsed);
          bestIndex = Math.min(bestIndex, r[0]);
          bestIndexCpu = Math.min(bestIndexCpu, r[1]);
          out.printf(
              Locale.ROOT,
              "run %d: index %.2f s, process CPU %.2f s, %.2f MB/s of files%n",
              i + 1,
              r[0],
              r[1],
              r[2] / 1e6 / r[0]);
          out.flush();
        }
      }
      out.printf(
          Locale.ROOT,
          "best of %d: %.2f s wall, %.2f s CPU; one core %.2f MB/s of files, 2-core limit %.2f MB/s%n",
          runs,
          best,
          bestCpu,
          fileBytes / 1e6 / best,
          2 * fileBytes / 1e6 / best);
      if (withIndex) {
        out.printf(
            Locale.ROOT,
            "index best of %d: %.2f s wall, %.2f s CPU, %.2f MB/s of files; ratio to the 2-core"
                + " limit %.2f by wall clock, %.2f by CPU (analysis CPU / indexing CPU)%n",
            runs,
            bestIndex,
            bestIndexCpu,
            fileBytes / 1e6 / bestIndex,
            best * 0.5 / bestIndex,
            bestCpu / bestIndexCpu);
      }
      return 0;
    }

    /** Indexes {@code files} into a new temporary index: wall seconds, process CPU, bytes. */
    private static double[] indexOnce(List<Path> files) {
      var os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      Path dir = null;
      try {
        dir = Files.createTempDirectory("nianbao-bench-index");
        long c0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        IndexSummary s;
        try (ReportIndexer indexer = ReportIndexer.open(dir)) {
          s = indexer.index(files, false, ProgressListener.NONE);
        }
        return new double[] {
          (System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - c0) / 1e9, s.bytes()
        };
      } catch (IOException | IndexUnavailableException e) {
        throw new IllegalStateException("bench index failed: " + e.getMessage(), e);
      } finally {
        deleteTree(dir);
      }
    }

    private static void deleteTree(Path dir) {
      if (dir == null) {
        return;
      }
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary folder left behind is harmless
      }
    }

    private static long utf8(List<String> texts) {
      return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private static long consume(Analyzer a, List<String> texts) {
      long n = 0;
      for (String t : texts) {
        try (TokenStream ts = a.tokenStream("f", t)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            n += term.length() + off.startOffset();
          }
          ts.end();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
      return n;
    }
  }

  /** In-process query latency over a realistic mix, facets and top-10 highlights included. */
  @Command(name = "queries", mixinStandardHelpOptions = true, description = "进程内查询延迟")
  static final class Queries implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--index", defaultValue = "index")
    Path index;

    @Option(
        names = "--runs",
        defaultValue = "50",
        converter = OptionTypes.Positive.class,
        description = "每个查询的测量次数")
    int runs;

    @Option(
        names = "--warmup-seconds",
        defaultValue = "15",
        converter = OptionTypes.NonNegative.class,
        description = "先循环跑整组查询预热 JIT 的秒数")
    int warmupSeconds;

    @Option(names = "--query", description = "只测这些查询（可重复；默认用内置的查询组合）")
    List<String> only;

    @Option(names = "--cached", description = "保留计数缓存和结果页缓存（默认关闭：重复的查询组合会被缓存直接回答，测不出检索本身）")
    boolean cached;

    @Option(
        names = "--distinct",
        paramLabel = "N",
        converter = OptionTypes.NonNegative.class,
        description = "改测 N 个互不相同的查询（按 --seed 生成），每个只跑一次，缓存开启，和服务器一样")
    int distinct;

    @Option(names = "--seed", defaultValue = "1", description = "--distinct 查询的随机种子")
    long seed;

    @Option(
        names = "--write-urls",
        paramLabel = "FILE",
        description = "把 --distinct 查询写成 /api/search 地址（每行一个），供 bench/wrk-distinct.lua 使用，然后退出")
    Path urls;

    @Override
    public Integer call() throws QueryException, IOException {
      PrintWriter out = spec.commandLine().getOut();
      SearchSettings settings = SearchSettings.fromSystemProperties();
      if (!cached && distinct == 0) {
        settings = new SearchSettings(false, false, settings.cacheBytes(), settings.timeoutMs());
      }
      try (LuceneSearchService service = LuceneSearchService.open(index, settings)) {
        if (distinct > 0) {
          return distinct(service, out);
        }
        List<Long> all = new ArrayList<>();
        List<SearchRequest> requests =
            only == null ? mix(service) : only.stream().map(SearchRequest::of).toList();
        long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
        int warm = 0;
        do { // the whole mix, round robin, until the JIT has settled
          service.search(requests.get(warm++ % requests.size()));
        } while (System.nanoTime() < warmEnd);
        out.printf(Locale.ROOT, "(warm-up: %d searches in %d s)%n%n", warm, warmupSeconds);
        out.println("| query | filters | sort | total | p50 ms | p99 ms |");
        out.println("|---|---|---|---|---|---|");
        for (SearchRequest r : requests) {
          long[] t = new long[runs];
          long total = 0;
          for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            total = service.search(r).total();
            t[i] = System.nanoTime() - s;
            all.add(t[i]);
          }
          Arrays.sort(t);
          out.printf(
              Locale.ROOT,
              "| %s | %s | %s | %d | %.2f | %.2f |%n",
              r.query().isEmpty() ? "(browse)" : r.query(),
              filters(r),
              r.sort().key(),
              total,
              pct(t, 50),
              pct(t, 99));
          out.flush();
        }
        long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
        out.printf(
            Locale.ROOT,
            "%noverall: %d searches, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            a.length,
            pct(a, 50),
            pct(a, 90),
            pct(a, 99),
            a[a.length - 1] / 1e6);
      }
      return 0;
    }

    /** Each of {@code distinct} different requests once, after warming up on other ones. */
    private int distinct(LuceneSearchService service, PrintWriter out)
        throws QueryException, IOException {
      var facets = service.search(SearchRequest.of("")).facets();
      List<SearchRequest> requests = DistinctMix.generate(distinct, seed, facets);
      if (urls != null) {
        Files.write(urls, requests.stream().map(DistinctMix::url).toList(), StandardCharsets.UTF_8);
        out.printf(Locale.ROOT, "%d distinct requests written to %s%n", requests.size(), urls);
        return 0;
      }
      List<SearchRequest> warmup = DistinctMix.generate(2_000, seed + 1_000_003, facets);
      long warmEnd = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      int warm = 0;
      while (System.nanoTime() < warmEnd && warm < warmup.size()) {
        service.search(warmup.get(warm++));
      }
      out.printf(Locale.ROOT, "(warm-up: %d other searches in %d s)%n", warm, warmupSeconds);
      long[] t = new long[requests.size()];
      Integer[] order = new Integer[t.length];
      for (int i = 0; i < t.length; i++) {
        long s = System.nanoTime();
        service.search(requests.get(i));
        t[i] = System.nanoTime() - s;
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(t[b], t[a]));
      for (int i = 0; i < Math.min(5, order.length); i++) {
        SearchRequest r = requests.get(order[i]);
        out.printf(
            Locale.ROOT,
            "slowest: %.2f ms  %s | %s%s | %s | page %d%n",
            t[order[i]] / 1e6,
            r.query().isEmpty() ? "(browse)" : r.query(),
            filters(r),
            r.agencies().isEmpty() ? "" : " agency=" + r.agencies().get(0),
            r.sort().key(),
            r.page());
      }
      long[] sorted = t.clone();
      Arrays.sort(sorted);
      out.printf(
          Locale.ROOT,
          "distinct: %d searches, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          sorted.length,
          pct(sorted, 50),
          pct(sorted, 90),
          pct(sorted, 99),
          sorted[sorted.length - 1] / 1e6);
      return 0;
    }

    private static String filters(SearchRequest r) {
      List<String> f = new ArrayList<>();
      r.counties().forEach(c -> f.add("county=" + c));
      r.years().forEach(y -> f.add("year=" + y));
      r.sections().forEach(s -> f.add("section=" + s));
      return f.isEmpty() ? "—" : String.join(" ", f);
    }

    /** The benchmark mix; facet filter values are taken from the index itself. */
    static List<SearchRequest> mix(LuceneSearchService service) throws QueryException {
      var facets = service.search(SearchRequest.of("")).facets();
      String county =
          facets.get(Facet.COUNTY).isEmpty() ? "金乡县" : facets.get(Facet.COUNTY).get(0).value();
      int year =
          facets.get(Facet.YEAR).isEmpty()
              ? 2021
              : Integer.parseInt(facets.get(Facet.YEAR).get(0).value());
      List<SearchRequest> mix = new ArrayList<>();
      for (String q : QUERIES) {
        mix.add(req(q, List.of(), List.of(), List.of(), SortOrder.RELEVANCE));
      }
      mix.add(req("微信公众号", List.of(county), List.of(), List.of(), SortOrder.RELEVANCE));
      mix.add(req("公开", List.of(), List.of(year), List.of(), SortOrder.NEWEST));
      mix.add(req("行政复议", List.of(), List.of(), List.of(4), SortOrder.RELEVANCE));
      mix.add(req("政务新媒体 抖音", List.of(county), List.of(year), List.of(), SortOrder.NEWEST));
      mix.add(req("", List.of(county), List.of(), List.of(), SortOrder.NEWEST));
      return mix;
    }

    static final List<String> QUERIES =
        List.of("区块链", "微信公众号", "公开", "政务新媒体 抖音", "抖音 OR 微博", "微信公众号 -抖音", "行政复议", "依申请公开");

    private static SearchRequest req(
        String q, List<String> c, List<Integer> y, List<Integer> s, SortOrder sort) {
      return new SearchRequest(q, c, List.of(), y, s, sort, 1, 10);
    }
  }

  static double seconds(Runnable r) {
    long s = System.nanoTime();
    r.run();
    return (System.nanoTime() - s) / 1e9;
  }

  static double pct(long[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
  }
}
