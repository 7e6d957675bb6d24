package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.function.IntFunction;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches the section documents that pass a facet filter, using the reader's {@link ReportColumns}.
 * When county, agency or year is restricted, the matching reports' section ranges are set in a bit
 * set (one array scan over the reports, then only their sections are visited), so a selective
 * filter leads the conjunction and the query's postings are only read inside it. A section-only
 * filter checks each candidate's section number (two-phase).
 *
 * <p>Bound to the reader its columns were built from; compares by identity and is never cached.
 */
final class ReportFilterQuery extends SearchBoundQuery {
  private final ReportColumns columns;
  private final ResolvedFilter filter;
  private final IntFunction<LeafBits> bits;

  /**
   * {@code bits} gives the {@link LeafBits} of a segment (by its ordinal) for {@code filter}, e.g.
   * memoized per reader, so the searches of one request (counting passes, ranking, sections) and
   * later requests with the same selections scan the reports once.
   */
  ReportFilterQuery(ReportColumns columns, ResolvedFilter filter, IntFunction<LeafBits> bits) {
    this.columns = columns;
    this.filter = filter;
    this.bits = bits;
  }

  /**
   * The section documents of one segment that pass a filter restricting county, agency or year,
   * with their count; {@code null} when none does.
   */
  record LeafBits(FixedBitSet bits, long cost) {}

  /** Computes {@link LeafBits} for segment {@code l} (one scan over its reports). */
  static LeafBits leafBits(ReportColumns.Leaf l, ResolvedFilter filter, int maxDoc) {
    FixedBitSet bits = new FixedBitSet(Math.max(1, maxDoc));
    long cost = 0;
    for (int r = 0; r < l.reports(); r++) {
      if (!filter.reportOk(l, r)) {
        continue;
      }
      int from = l.firstDoc(r);
      int to = l.reportDoc[r]; // the report doc itself is not a section
      if (!filter.restrictsSections()) {
        if (to > from) {
          bits.set(from, to);
          cost += to - from;
        }
      } else {
        for (int d = from; d < to; d++) {
          if (filter.sectionOk(l, d)) {
            bits.set(d);
            cost++;
          }
        }
      }
    }
    return cost == 0 ? null : new LeafBits(bits, cost);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        ReportColumns.Leaf l = columns.leaf(ctx.ord);
        int maxDoc = ctx.reader().maxDoc();
        if (!filter.restrictsReports()) {
          return sectionsOnly(l, maxDoc, scoreMode);
        }
        LeafBits b = bits.apply(ctx.ord);
        if (b == null) {
          return null;
        }
        // a fresh iterator over the shared, never modified bits
        return ConstantScoreScorerSupplier.fromIterator(
            new BitSetIterator(b.bits(), b.cost()), score(), scoreMode, maxDoc);
      }

      private ScorerSupplier sectionsOnly(ReportColumns.Leaf l, int maxDoc, ScoreMode scoreMode) {
        float score = score();
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) {
            DocIdSetIterator all = DocIdSetIterator.all(maxDoc);
            return new ConstantScoreScorer(
                score,
                scoreMode,
                new TwoPhaseIterator(all) {
                  @Override
                  public boolean matches() {
                    int d = approximation.docID();
                    return l.reportDoc[l.report(d)] != d && filter.sectionOk(l, d);
                  }

                  @Override
                  public float matchCost() {
                    return 2;
                  }
                });
          }

          @Override
          public long cost() {
            return maxDoc;
          }
        };
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public String toString(String field) {
    return "ReportFilter(" + filter + ")";
  }
}
