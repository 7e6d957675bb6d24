package org.nianbao.search.lucene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.lucene.query.ReportQueryParser;

/**
 * The first scan of a text leaf alone ({@link TextLeafHits#compute}: the scan and the per-section
 * report sets), uncached, in one thread: every distinct leaf of the queries of
 * bench/distinct_queries.py once per round, ROUNDS rounds over the same leaves (the first warms the
 * JIT). Prints the thread CPU per leaf and a checksum of the per-unit report sets (equal checksums:
 * equal hits). With {@code -Deach=true} the last round also prints a line per leaf: L, the leaf,
 * its text hits, the documents of the index and its CPU in µs (the round's mean then includes
 * counting the hits).
 *
 * <p>usage (JDK 25): javac -cp JAR -d /tmp/scb bench/ScanBench.java &amp;&amp; java -Xmx1g -cp
 * /tmp/scb:JAR org.nianbao.search.lucene.ScanBench INDEX QUERIES.tsv LEAVES ROUNDS
 */
public final class ScanBench {
  private static void leaves(QueryNode n, Set<QueryNode> out) {
    switch (n) {
      case QueryNode.And a -> a.children().forEach(c -> leaves(c, out));
      case QueryNode.Or o -> o.children().forEach(c -> leaves(c, out));
      case QueryNode.Not x -> leaves(x.child(), out);
      case QueryNode.Phrase p -> out.add(p);
      case QueryNode.Near p -> out.add(p);
      case QueryNode.Field f -> out.add(f);
      default -> {}
    }
  }

  public static void main(String[] args) throws Exception {
    Searchers searchers = Searchers.open(Path.of(args[0]), new SearchCache(64L << 20, Runnable::run));
    Set<QueryNode> set = new LinkedHashSet<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      try {
        QueryNode root = ReportQueryParser.parse(l.split("\t", -1)[0]).root();
        if (root != null) {
          leaves(root, set);
        }
      } catch (RuntimeException e) {
        // refused by the parser: skipped
      }
    }
    List<QueryNode> leaves = new ArrayList<>(set).subList(0, Math.min(set.size(), Integer.parseInt(args[2])));
    int rounds = Integer.parseInt(args[3]);
    LuceneQueries queries = new LuceneQueries();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    StatsSearcher searcher = searchers.acquire();
    for (int round = 0; round < rounds; round++) {
      long checksum = 0;
      long cpu0 = mx.getCurrentThreadCpuTime();
      for (QueryNode leaf : leaves) {
        long l0 = mx.getCurrentThreadCpuTime();
        TextLeafHits[] hits = LeafHitsCache.everySegment(searcher, queries, leaf, false, null);
        if (Boolean.getBoolean("each") && round == rounds - 1) { // -Deach=true: leaf by leaf
          long us = (mx.getCurrentThreadCpuTime() - l0) / 1000;
          long docs = 0;
          for (int ord = 0; ord < hits.length; ord++) {
            docs += hits[ord].textDocs(searcher.columns().leaf(ord)).cost();
          }
          System.out.println("L\t" + leaf + "\t" + docs + "\t" + searcher.getIndexReader().maxDoc() + "\t" + us);
        }
        for (int ord = 0; ord < hits.length; ord++) {
          ReportColumns.Leaf l = searcher.columns().leaf(ord);
          FixedBitSet any = hits[ord].reports(l, null);
          checksum = checksum * 31 + any.cardinality() + (hits[ord].bytes() << 20);
        }
      }
      double us = (mx.getCurrentThreadCpuTime() - cpu0) / 1e3 / leaves.size();
      System.out.printf("round %d: %d leaves, %.1f us CPU per leaf; checksum %x%n", round, leaves.size(), us, checksum);
    }
  }
}
