package org.nianbao.search.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;

/**
 * The CPU time of counting (FacetCounter.count: totals and every facet list, the drill-sideways passes of a selection) after the leaf scans, per distinct request of bench/distinct_queries.py, in one thread, the
 * queries split into ROUNDS rounds (the first warms the JIT). The leaf scans (shared by ranking and
 * counting, cached per phrase) are done before the clock starts. Prints per round the mean and
 * percentiles and a checksum of the answers (equal checksums: the same answers).
 *
 * <p>With {@code -Deach=true} the last round's requests are printed one by one.
 *
 * <p>usage (JDK 25): javac -cp JAR -d /tmp/cb bench/CountBench.java &amp;&amp; java -Xmx512m
 * -XX:+UseParallelGC -cp /tmp/cb:JAR org.nianbao.search.lucene.CountBench INDEX QUERIES.tsv ROUNDS
 */
public final class CountBench {
  public static void main(String[] args) throws Exception {
    Searchers searchers = Searchers.open(Path.of(args[0]), new SearchCache(64L << 20, Runnable::run));
    List<String[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      lines.add(l.split("\t", -1));
    }
    int rounds = Integer.parseInt(args[2]);
    LuceneQueries queries = new LuceneQueries();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    StatsSearcher searcher = searchers.acquire();
    List<FacetValue> counties =
        new FacetCounter(searcher, false, null)
            .count(null, null, FacetFilter.none())
            .facets()
            .get(Facet.COUNTY);
    int per = lines.size() / rounds;
    for (int round = 0; round < rounds; round++) { // each round its own queries: none repeats
      long[] ns = new long[per];
      long checksum = 0;
      int n = 0;
      for (String[] l : lines.subList(round * per, (round + 1) * per)) {
        QueryNode root = ReportQueryParser.parse(l[0]).root();
        if (root == null || root.isPurelyNegative()) {
          continue;
        }
        List<String> county =
            l[1].isEmpty() ? List.of() : List.of(counties.get(Integer.parseInt(l[1])).value());
        List<Integer> year = l[2].isEmpty() ? List.of() : List.of(Integer.parseInt(l[2]));
        SearchRequest r =
            new SearchRequest(
                l[0], county, List.of(), year, List.of(), SortOrder.RELEVANCE, 1, 10);
        FacetFilter filter = FacetFilter.of(r);
        ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
        ResolvedFilter resolved = searcher.resolve(filter);
        for (int ord = 0; ord < matcher.segments(); ord++) { // the leaf scans: not timed
          matcher.positiveDocs(ord);
          matcher.reports(ord, resolved, resolved.unit());
        }
        long t0 = mx.getCurrentThreadCpuTime();
        FacetPass pass = new FacetCounter(searcher, false, matcher).count(root, null, filter);
        ns[n++] = mx.getCurrentThreadCpuTime() - t0;
        checksum = checksum * 31 + pass.totalReports() * 7;
        for (var e : pass.facets().values()) { // the head of each list
          for (int i = 0; i < Math.min(5, e.size()); i++) {
            checksum = checksum * 31 + e.get(i).hashCode();
          }
        }
        if (Boolean.getBoolean("each") && round == rounds - 1) { // -Deach=true: the last round's
          System.out.printf("%s\t%s\t%s\t%.2f ms%n", l[0], l[1], l[2], ns[n - 1] / 1e6);
        }
      }
      long[] s = Arrays.copyOf(ns, n);
      Arrays.sort(s);
      double mean = Arrays.stream(s).average().orElse(0) / 1e6;
      System.out.printf(
          "round %d: %d queries, counting CPU mean %.2f ms, p50 %.2f, p90 %.2f, p99 %.2f, max %.1f;"
              + " checksum %x%n",
          round,
          n,
          mean,
          s[n / 2] / 1e6,
          s[n * 9 / 10] / 1e6,
          s[n * 99 / 100] / 1e6,
          s[n - 1] / 1e6,
          checksum);
    }
    searchers.release(searcher);
    searchers.close();
  }
}
