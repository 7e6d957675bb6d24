package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The section documents standing for the reports a {@link ReportMatcher} accepts under a filter, so
 * that ranking, which scores sections, sees report-level results: each report's listed sections, or
 * its first section in the unit when it has none. (Counting walks the reports' bit sets directly.)
 * Bound to one searcher; compares by identity, never cached.
 */
final class ReportMatchQuery extends SearchBoundQuery {
  /** Matching reports from which {@link #mostMatch} may copy the listed sections word-wise. */
  private static final int DENSE_FROM = 256;

  private final ReportMatcher matcher;
  private final ResolvedFilter filter;

  ReportMatchQuery(ReportMatcher matcher, ResolvedFilter filter) {
    this.matcher = matcher;
    this.filter = filter;
  }

  /** The section documents of segment {@code ctx} that stand for the matching reports. */
  FixedBitSet docs(LeafReaderContext ctx) {
    return docs(ctx, matcher.columns().leaf(ctx.ord));
  }

  private FixedBitSet docs(LeafReaderContext ctx, ReportColumns.Leaf l) {
    SectionUnit sections = filter.unit();
    FixedBitSet reports = matcher.reports(ctx.ord, filter, sections);
    FixedBitSet out = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
    FixedBitSet pos = matcher.positiveDocs(ctx.ord);
    if (sections.all()) {
      return mostMatch(ctx.ord, reports, pos, out) ? out : listedOrFirst(l, reports, pos, out);
    }
    for (int r = reports.nextSetBit(0);
        r != DocIdSetIterator.NO_MORE_DOCS;
        r = r + 1 < reports.length() ? reports.nextSetBit(r + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      int first = -1;
      boolean listed = false;
      for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
        if (!sections.ok(l, d)) {
          continue;
        }
        if (first < 0) {
          first = d;
        }
        if (pos.get(d)) {
          out.set(d);
          listed = true;
        }
      }
      if (first >= 0 && !listed) {
        out.set(first);
      }
    }
    return out;
  }

  /**
   * When most reports with a listed section match (all sections are in the unit; a common phrase
   * without a selective filter), {@code out} gets the listed sections word-wise: all of {@code
   * pos}, less the sections of the reports that do not match, plus the first section of matching
   * reports without a listed one; false (nothing done) otherwise.
   */
  private boolean mostMatch(int ord, FixedBitSet reports, FixedBitSet pos, FixedBitSet out) {
    int n = reports.cardinality();
    if (n < DENSE_FROM) {
      return false;
    }
    long[] kept = reports.getBits();
    long[] listed = matcher.positiveReports(ord).getBits(); // both: one bit per report of ord
    long dropped = 0;
    for (int w = 0; w < kept.length; w++) {
      dropped += Long.bitCount(listed[w] & ~kept[w]);
    }
    if (dropped * 2 > n) {
      return false;
    }
    ReportColumns.Leaf l = matcher.columns().leaf(ord);
    System.arraycopy(pos.getBits(), 0, out.getBits(), 0, pos.getBits().length);
    for (int w = 0; w < kept.length; w++) {
      for (long word = listed[w] & ~kept[w]; word != 0; word &= word - 1) {
        int r = w << 6 | Long.numberOfTrailingZeros(word);
        out.clear(l.firstDoc(r), l.reportDoc[r]); // an empty range clears nothing
      }
      for (long word = kept[w] & ~listed[w]; word != 0; word &= word - 1) {
        int r = w << 6 | Long.numberOfTrailingZeros(word);
        if (l.firstDoc(r) < l.reportDoc[r]) {
          out.set(l.firstDoc(r));
        }
      }
    }
    return true;
  }

  /**
   * The listed sections of {@code reports} (all sections are in the unit), or a report's first
   * section when none is listed: per report, its section range of {@code pos} copied word-wise.
   */
  private static FixedBitSet listedOrFirst(
      ReportColumns.Leaf l, FixedBitSet reports, FixedBitSet pos, FixedBitSet out) {
    long[] words = reports.getBits();
    for (int w = 0; w < words.length; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        int r = w << 6 | Long.numberOfTrailingZeros(word);
        int first = l.firstDoc(r);
        int end = l.reportDoc[r];
        if (first >= end) {
          continue; // no sections
        }
        int listed = pos.nextSetBit(first);
        if (listed < end) {
          FixedBitSet.orRange(pos, listed, out, listed, end - listed);
        } else {
          out.set(first);
        }
      }
    }
    return out;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        FixedBitSet bits = docs(ctx, matcher.columns().leaf(ctx.ord));
        long cost = bits.cardinality();
        if (cost == 0) {
          return null;
        }
        return ConstantScoreScorerSupplier.fromIterator(
            new BitSetIterator(bits, cost), score(), scoreMode, ctx.reader().maxDoc());
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public String toString(String field) {
    return "ReportMatch(" + matcher.root() + ")";
  }
}
