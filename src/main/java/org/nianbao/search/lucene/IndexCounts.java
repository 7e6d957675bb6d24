package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.nianbao.index.Fields;
import org.nianbao.search.IndexStats;

/**
 * Counts what a reader holds ({@link IndexStats}): reports, sections, counties, agencies, years.
 */
final class IndexCounts {
  private IndexCounts() {}

  static IndexStats compute(IndexSearcher searcher, FacetOrdinals ordinals) {
    try {
      long reports = searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));
      long sections = searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SECTION)));
      FixedBitSet counties = new FixedBitSet(Math.max(1, ordinals.counties().valueCount()));
      FixedBitSet agencies = new FixedBitSet(Math.max(1, ordinals.agencies().valueCount()));
      Set<Integer> years = new TreeSet<>();
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        mark(
            DocValues.getSorted(ctx.reader(), Fields.COUNTY),
            live,
            ordinals.counties().segmentToGlobal(ctx.ord),
            counties);
        mark(
            DocValues.getSorted(ctx.reader(), Fields.AGENCY),
            live,
            ordinals.agencies().segmentToGlobal(ctx.ord),
            agencies);
        NumericDocValues y = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
        for (int d = y.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = y.nextDoc()) {
          if (live == null || live.get(d)) {
            years.add((int) y.longValue());
          }
        }
      }
      return new IndexStats(
          reports,
          sections,
          counties.cardinality(),
          agencies.cardinality(),
          List.copyOf(years).reversed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Marks the global ordinals used by live documents (no string look-ups). */
  private static void mark(SortedDocValues dv, Bits live, LongValues toGlobal, FixedBitSet seen)
      throws IOException {
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      if (live == null || live.get(d)) {
        seen.set((int) toGlobal.get(dv.ordValue()));
      }
    }
  }
}
