package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * The order in which a {@link ReportMatcher} searches its text leaves: when the query is a
 * conjunction with a text leaf among its operands, the rarest such leaf (fewest documents holding
 * its rarest bigram) is searched over the whole index first; if it matches few reports, the other
 * leaves are searched only inside those reports' documents. That is exact: every report the query
 * matches is one of them, and the boolean algebra is evaluated report by report.
 */
final class LeafPlan {
  /**
   * Restrict the other leaves when the lead matches at most 1/this of the reports; 0 (the default):
   * never. System property {@code nianbao.lead-divisor}. Off because it did not pay on distinct
   * traffic at 100k (BENCHMARKS.md: 48 vs 38 ms of CPU per request): restricted hits are not
   * cached.
   */
  private static int divisor() {
    return Integer.getInteger("nianbao.lead-divisor", 0);
  }

  private LeafPlan() {}

  /**
   * The lead leaf of {@code root}, or null when the query is not a conjunction with a text leaf.
   */
  static QueryNode lead(StatsSearcher searcher, LuceneQueries queries, QueryNode root) {
    if (divisor() <= 0 || !(root instanceof QueryNode.And and) || and.children().size() < 2) {
      return null;
    }
    QueryNode best = null;
    long bestCost = Long.MAX_VALUE;
    for (QueryNode c : and.children()) {
      if (c instanceof QueryNode.Phrase
          || c instanceof QueryNode.Near
          || c instanceof QueryNode.Field) {
        long cost = cost(searcher, queries, c);
        if (cost < bestCost) {
          best = c;
          bestCost = cost;
        }
      }
    }
    return best;
  }

  /**
   * Per segment, the documents (sections and the report document) of the reports where {@code lead}
   * matches, or null when those are too many to be worth restricting to.
   */
  static FixedBitSet[] within(StatsSearcher searcher, TextLeafHits[] lead) {
    List<LeafReaderContext> contexts = searcher.getIndexReader().leaves();
    FixedBitSet[] reports = new FixedBitSet[contexts.size()];
    long matched = 0;
    long all = 0;
    for (LeafReaderContext ctx : contexts) {
      ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
      reports[ctx.ord] = lead[ctx.ord].reports(l, null);
      matched += reports[ctx.ord].cardinality();
      all += l.reports();
    }
    if (matched * divisor() > all) {
      return null;
    }
    FixedBitSet[] out = new FixedBitSet[contexts.size()];
    for (LeafReaderContext ctx : contexts) {
      ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
      FixedBitSet docs = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
      FixedBitSet rs = reports[ctx.ord];
      for (int r = rs.nextSetBit(0); r != -1 && r < l.reports(); r = next(rs, r + 1)) {
        docs.set(l.firstDoc(r), l.reportDoc[r] + 1);
      }
      out[ctx.ord] = docs;
    }
    return out;
  }

  private static int next(FixedBitSet bits, int from) {
    return from >= bits.length() ? -1 : bits.nextSetBit(from);
  }

  /** How many documents hold the rarest part of {@code leaf} (an estimate of its scan's cost). */
  private static long cost(StatsSearcher searcher, LuceneQueries queries, QueryNode leaf) {
    String field =
        leaf instanceof QueryNode.Field f ? LeafScans.field(f.scope()) : Fields.BODY_BIGRAMS;
    QueryNode text = leaf instanceof QueryNode.Field f ? f.child() : leaf;
    List<String> phrases =
        text instanceof QueryNode.Near n
            ? List.of(n.first().text(), n.second().text())
            : List.of(((QueryNode.Phrase) text).text());
    long best = Long.MAX_VALUE;
    try {
      for (String p : phrases) {
        Query q = queries.phrase(field, p);
        if (q == null) {
          return 0; // matches nothing
        }
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        long c = 0;
        for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
          ScorerSupplier s = w.scorerSupplier(ctx);
          c += s == null ? 0 : s.cost();
        }
        best = Math.min(best, c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best;
  }
}
