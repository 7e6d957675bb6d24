package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * Finds the documents of a segment where a phrase or a proximity leaf matches in one field. Made
 * once per leaf and field ({@link #of}), then run per segment: the weights (and their term
 * statistics over every segment) are built once, not once per segment.
 */
final class LeafScan {
  private final String field;
  private final Weight candidates;
  private final Weight first; // a proximity's phrases, else null
  private final Weight second;
  private final int distance;

  private LeafScan(String field, Weight candidates, Weight first, Weight second, int distance) {
    this.field = field;
    this.candidates = candidates;
    this.first = first;
    this.second = second;
    this.distance = distance;
  }

  interface DocSink {
    void accept(int doc);
  }

  /**
   * A sink that sets the documents in a bit set: when the leaf is one term over the whole segment,
   * its postings are copied in bulk ({@link DocIdSetIterator#intoBitSet}, whole blocks at a time).
   */
  record Bulk(FixedBitSet bits) implements DocSink {
    @Override
    public void accept(int doc) {
      bits.set(doc);
    }
  }

  /**
   * The scan of {@code leaf} (Phrase or Near) in {@code field}, or null when it matches nothing.
   */
  static LeafScan of(StatsSearcher searcher, LuceneQueries queries, QueryNode leaf, String field)
      throws IOException {
    Query a;
    Query b = null;
    int distance = 0;
    if (leaf instanceof QueryNode.Near n) {
      a = queries.phrase(field, n.first().text());
      b = queries.phrase(field, n.second().text());
      distance = n.distance();
      if (a == null || b == null) {
        return null;
      }
    } else {
      String text = ((QueryNode.Phrase) leaf).text();
      a =
          field.equals(Fields.BODY_BIGRAMS)
              ? queries.bodyPhrase(text, searcher.runGrams())
              : queries.phrase(field, text);
      if (a == null) {
        return null;
      }
    }
    Query candidates =
        b == null
            ? a
            : new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.FILTER).build();
    return new LeafScan(
        field,
        weight(searcher, candidates),
        b == null ? null : weight(searcher, a),
        b == null ? null : weight(searcher, b),
        distance);
  }

  private static Weight weight(StatsSearcher searcher, Query q) throws IOException {
    return searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  private static void into(DocIdSetIterator it, Bits live, int maxDoc, FixedBitSet out)
      throws IOException {
    if (it.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
      it.intoBitSet(maxDoc, out, 0);
    }
    if (live != null) {
      for (int d = out.nextSetBit(0);
          d != DocIdSetIterator.NO_MORE_DOCS;
          d = d + 1 < maxDoc ? out.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        if (!live.get(d)) {
          out.clear(d);
        }
      }
    }
  }

  /**
   * Feeds every live document of {@code ctx} where the leaf matches; only documents in {@code
   * within} when it is not null (their bits lead: the postings are advanced to them, and positions
   * are read only there).
   */
  void scan(LeafReaderContext ctx, FixedBitSet within, DocSink sink) throws IOException {
    Scorer s = candidates.scorer(ctx);
    if (s == null) {
      return;
    }
    Bits live = ctx.reader().getLiveDocs();
    if (within == null && first == null && s.twoPhaseIterator() == null && sink instanceof Bulk b) {
      into(s.iterator(), live, ctx.reader().maxDoc(), b.bits()); // one term: its postings
      return;
    }
    TwoPhaseIterator twoPhase = within == null ? null : s.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? s.iterator() : twoPhase.approximation();
    int d = within == null ? it.nextDoc() : next(within, 0);
    while (d != DocIdSetIterator.NO_MORE_DOCS) {
      if (within != null) {
        int at = it.docID() < d ? it.advance(d) : it.docID();
        if (at != d) { // the postings jumped past d: continue from the next allowed doc after them
          d = at == DocIdSetIterator.NO_MORE_DOCS ? at : next(within, at);
          continue;
        }
      }
      if ((live == null || live.get(d))
          && (twoPhase == null || twoPhase.matches())
          && (first == null || near(first, second, field, ctx, d, distance))) {
        sink.accept(d);
      }
      d = within == null ? it.nextDoc() : next(within, d + 1);
    }
  }

  /** The first document of {@code bits} at or after {@code from}, or NO_MORE_DOCS. */
  private static int next(FixedBitSet bits, int from) {
    return from >= bits.length() ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(from);
  }

  /** Whether an occurrence of each phrase lies within {@code distance} characters of the other. */
  private static boolean near(
      Weight wa, Weight wb, String field, LeafReaderContext ctx, int doc, int distance)
      throws IOException {
    List<int[]> as = offsets(wa.matches(ctx, doc), field);
    List<int[]> bs = offsets(wb.matches(ctx, doc), field);
    for (int[] x : as) {
      for (int[] y : bs) {
        int gap = x[1] <= y[0] ? y[0] - x[1] : y[1] <= x[0] ? x[0] - y[1] : 0;
        if (gap <= distance) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<int[]> offsets(Matches m, String field) throws IOException {
    List<int[]> out = new java.util.ArrayList<>();
    MatchesIterator it = m == null ? null : m.getMatches(field);
    while (it != null && it.next()) {
      out.add(new int[] {it.startOffset(), it.endOffset()});
    }
    return out;
  }
}
