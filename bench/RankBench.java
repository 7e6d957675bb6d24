package org.nianbao.search.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.Query;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;

/**
 * The CPU time of ranking alone (a page of 10; {@code -Dphase=} picks the path, see {@link #PHASE})
 * or of counting alone, per distinct request of bench/distinct_queries.py, in one thread, the
 * queries split into ROUNDS rounds (the first warms the JIT): the leaf scans (shared by ranking and
 * counting, cached per phrase) are done before the clock starts. Equal checksums: equal answers.
 *
 * <p>With {@code -Deach=true} the last round's requests are printed one by one.
 *
 * <p>usage (from the worktree, JDK 25): javac -cp JAR -d /tmp/rb bench/RankBench.java &amp;&amp; java
 * -Xmx512m [-Dphase=flat|counting|snippets] -cp /tmp/rb:JAR org.nianbao.search.lucene.RankBench INDEX
 * QUERIES.tsv ROUNDS
 */
public final class RankBench {
  /**
   * {@code -Dphase=}: {@code lucene} (default) ranks with the Lucene ranking query (the path of
   * proximity queries), {@code flat} with the flat loops ({@link SectionScoreSums}, what relevance
   * ranking uses otherwise), {@code counting} times the counting instead ({@link FacetCounter}:
   * totals, every facet list, the drill-sideways passes; its checksum covers the totals and the
   * head of each list), {@code snippets} the highlighting of the top 10's listed sections
   * ({@link Highlights#snippets}; the ranking before it is not timed; with {@code -Dmarks=true}
   * the marks of every section of the first report instead, as a report page: one segment only).
   */
  static final String PHASE = System.getProperty("phase", "lucene");

  public static void main(String[] args) throws Exception {
    Searchers searchers = Searchers.open(Path.of(args[0]), new SearchCache(64L << 20, Runnable::run));
    List<String[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      lines.add(l.split("\t", -1));
    }
    int rounds = Integer.parseInt(args[2]);
    LuceneQueries queries = new LuceneQueries();
    Highlights highlights = new Highlights();
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
      long[] windowNs = new long[per];
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
        List<ReportCollector.Candidate> top = List.of();
        if (PHASE.equals("counting")) {
          FacetPass pass = new FacetCounter(searcher, false, matcher).count(root, null, filter);
          ns[n++] = mx.getCurrentThreadCpuTime() - t0;
          checksum = checksum * 31 + pass.totalReports() * 7;
          for (var e : pass.facets().values()) { // the head of each list
            for (int i = 0; i < Math.min(5, e.size()); i++) {
              checksum = checksum * 31 + e.get(i).hashCode();
            }
          }
        } else if (PHASE.equals("snippets")) { // the highlighting of a page of 10 (issue 16)
          SectionScoreSums sums = SectionScoreSums.of(searcher, queries, matcher, resolved);
          Query h = ReportQueries.highlight(queries, root);
          if (sums == null || h == null) {
            continue;
          }
          List<ReportCollector.Candidate> listed =
              ReportQueries.withListed(searcher, matcher, resolved, sums.top(10));
          int[] docs =
              Highlights.toHighlight(
                  listed.stream().map(ReportCollector.Candidate::sectionDocs).toList());
          Object marked;
          if (Boolean.getBoolean("marks")) { // -Dmarks=true: a report page, every section marked
            int first = listed.isEmpty() ? -1 : listed.get(0).reportDoc();
            docs = first < 0 ? new int[0] : sectionsOf(searcher, first);
            t0 = mx.getCurrentThreadCpuTime();
            marked = java.util.Arrays.asList(highlights.marks(searcher, h, docs));
          } else {
            t0 = mx.getCurrentThreadCpuTime();
            marked = highlights.snippets(searcher, h, docs);
          }
          ns[n++] = mx.getCurrentThreadCpuTime() - t0;
          checksum = checksum * 31 + marked.hashCode();
        } else if (PHASE.equals("windows")) { // whole segments and windows, alternately, same answers
          SectionScoreSums whole = SectionScoreSums.of(searcher, queries, matcher, resolved);
          SectionScoreSums windows = SectionScoreSums.of(searcher, queries, matcher, resolved);
          if (whole == null) {
            continue;
          }
          whole.pruningFrom(Integer.MAX_VALUE);
          windows.pruningFrom(Integer.getInteger("pruneFrom", SectionScoreSums.PRUNE_FROM));
          boolean windowsFirst = (n & 1) == 1;
          long w0 = 0;
          long w1 = 0;
          List<ReportCollector.Candidate> other = List.of();
          for (int k = 0; k < 2; k++) {
            boolean windowed = (k == 0) == windowsFirst;
            long s0 = mx.getCurrentThreadCpuTime();
            List<ReportCollector.Candidate> got = (windowed ? windows : whole).top(10);
            long s1 = mx.getCurrentThreadCpuTime();
            if (windowed) {
              w1 += s1 - s0;
              other = got;
            } else {
              w0 += s1 - s0;
              top = got;
            }
          }
          if (!key(top).equals(key(other))) {
            throw new AssertionError("windows differ: " + String.join("|", l));
          }
          windowNs[n] = w1;
          ns[n++] = w0;
        } else if (PHASE.equals("flat")) {
          SectionScoreSums sums = SectionScoreSums.of(searcher, queries, matcher, resolved);
          if (sums == null) { // a proximity: ranked by the Lucene query (the default phase)
            continue;
          }
          // -DpruneFrom=N: score segments in windows from N candidates on (default: the search's)
          Integer pruneFrom = Integer.getInteger("pruneFrom");
          top = (pruneFrom == null ? sums : sums.pruningFrom(pruneFrom)).top(10);
          ns[n++] = mx.getCurrentThreadCpuTime() - t0;
        } else {
          Query q = ReportQueries.ranking(queries, matcher, resolved);
          top = topReports(searcher, q, filter).byRelevance(10);
          ns[n++] = mx.getCurrentThreadCpuTime() - t0;
        }
        if (Boolean.getBoolean("each") && round == rounds - 1) { // -Deach=true: the last round's
          System.out.printf("%s\t%s\t%s\t%.2f ms%n", l[0], l[1], l[2], ns[n - 1] / 1e6);
        }
        for (ReportCollector.Candidate c : top) {
          checksum = checksum * 31 + c.reportDoc() * 7L + Float.floatToIntBits(c.score());
        }
      }
      long[] s = Arrays.copyOf(ns, n);
      Arrays.sort(s);
      double mean = Arrays.stream(s).average().orElse(0) / 1e6;
      System.out.printf(
          "round %d: %d queries, " + PHASE + " CPU mean %.2f ms, p50 %.2f, p90 %.2f, p99 %.2f, max %.1f;"
              + " checksum %x%n",
          round,
          n,
          mean,
          s[n / 2] / 1e6,
          s[n * 9 / 10] / 1e6,
          s[n * 99 / 100] / 1e6,
          s[n - 1] / 1e6,
          checksum);
      if (PHASE.equals("windows")) { // the same line for the windowed ranking
        long[] w = Arrays.copyOf(windowNs, n);
        Arrays.sort(w);
        System.out.printf(
            "round %d: windows CPU mean %.2f ms, p50 %.2f, p90 %.2f, p99 %.2f, max %.1f%n",
            round,
            Arrays.stream(w).average().orElse(0) / 1e6,
            w[n / 2] / 1e6,
            w[n * 9 / 10] / 1e6,
            w[n * 99 / 100] / 1e6,
            w[n - 1] / 1e6);
      }
    }
    searchers.release(searcher);
    searchers.close();
  }

  /** The reports, scores (bits) and years of a ranking, in order. */
  private static List<String> key(List<ReportCollector.Candidate> top) {
    return top.stream()
        .map(c -> c.reportDoc() + ":" + Float.floatToIntBits(c.score()) + ":" + c.year())
        .toList();
  }

  /** The section documents of the report whose parent document is {@code reportDoc}. */
  static int[] sectionsOf(StatsSearcher searcher, int reportDoc) throws Exception {
    org.apache.lucene.util.BitSet parents =
        Searchers.PARENTS.getBitSet(searcher.getIndexReader().leaves().get(0));
    if (searcher.getIndexReader().leaves().size() != 1) {
      throw new IllegalStateException("-Dmarks=true needs an index of one segment");
    }
    int from = reportDoc == 0 ? 0 : parents.prevSetBit(reportDoc - 1) + 1;
    return java.util.stream.IntStream.range(from, reportDoc).toArray();
  }

  /** TopReports with the caller listing the sections where the jar has that constructor. */
  static TopReports topReports(StatsSearcher searcher, Query q, FacetFilter filter)
      throws Exception {
    for (var c : TopReports.class.getDeclaredConstructors()) {
      c.setAccessible(true);
      if (c.getParameterCount() == 5) {
        return (TopReports) c.newInstance(searcher, Searchers.PARENTS, q, filter, true);
      }
    }
    var c = TopReports.class.getDeclaredConstructors()[0];
    return (TopReports) c.newInstance(searcher, Searchers.PARENTS, q, filter);
  }
}
