package org.nianbao.search.lucene;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;
import org.nianbao.stats.Measure;

/**
 * The statistics numbers of every report that has a section matching a request's query and filters:
 * the matching sections are mapped to their report documents ({@link ReportColumns}), whose doc
 * values are then read in document order.
 */
final class NumberReader {
  private NumberReader() {}

  static List<ReportNumbers> read(Searchers searchers, LuceneQueries queries, SearchRequest request)
      throws QueryException {
    SearchRequest r = request.checked(new ArrayList<>());
    QueryNode root = ReportQueryParser.parse(r.query()).root();
    FacetFilter filter = FacetFilter.of(r);
    StatsSearcher searcher = searchers.acquire();
    try {
      // the same report-level matches as a search: one section document per matching report
      ReportMatcher matcher =
          root == null ? null : new ReportMatcher(searcher, queries, root, false);
      Query built =
          matcher == null
              ? null
              : ReportQueries.ranking(queries, matcher, searcher.resolve(filter));
      Query q = searcher.filtered(built == null ? LuceneQueries.allSections() : built, filter);
      Reports reports = searcher.collect(q, new Reports(searcher));
      List<ReportNumbers> out = new ArrayList<>();
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        FixedBitSet docs = reports.byLeaf.get(ctx.ord);
        if (docs != null) {
          read(ctx.reader(), docs, out);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }

  private static void read(LeafReader reader, FixedBitSet docs, List<ReportNumbers> out)
      throws IOException {
    SortedDocValues ids = DocValues.getSorted(reader, Fields.REPORT_ID_DV);
    BinaryDocValues titles = DocValues.getBinary(reader, Fields.TITLE);
    SortedDocValues agencies = DocValues.getSorted(reader, Fields.AGENCY);
    SortedDocValues counties = DocValues.getSorted(reader, Fields.COUNTY);
    SortedDocValues provinces = DocValues.getSorted(reader, Fields.PROVINCE);
    SortedDocValues cities = DocValues.getSorted(reader, Fields.CITY);
    NumericDocValues years = DocValues.getNumeric(reader, Fields.YEAR);
    NumericDocValues unreadable = DocValues.getNumeric(reader, Fields.TABLE_UNREADABLE);
    Measure[] measures = Measure.values();
    NumericDocValues[] values = new NumericDocValues[measures.length];
    for (int m = 0; m < measures.length; m++) {
      values[m] = DocValues.getNumeric(reader, measures[m].key());
    }
    for (int d = docs.nextSetBit(0);
        d != NO_MORE_DOCS;
        d = d + 1 < docs.length() ? docs.nextSetBit(d + 1) : NO_MORE_DOCS) {
      Map<String, Integer> numbers = new HashMap<>();
      for (int m = 0; m < measures.length; m++) {
        if (values[m].advanceExact(d)) {
          numbers.put(measures[m].key(), (int) values[m].longValue());
        }
      }
      out.add(
          new ReportNumbers(
              ids.advanceExact(d) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null,
              titles.advanceExact(d) ? titles.binaryValue().utf8ToString() : null,
              string(agencies, d),
              string(counties, d),
              years.advanceExact(d) ? (int) years.longValue() : null,
              numbers,
              unreadable.advanceExact(d) && unreadable.longValue() == 1,
              string(provinces, d),
              string(cities, d)));
    }
  }

  private static String string(SortedDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
  }

  /** Marks, per segment, the report document of every matching section. */
  private static final class Reports implements Collector {
    private final StatsSearcher searcher;
    final Map<Integer, FixedBitSet> byLeaf = new HashMap<>();

    Reports(StatsSearcher searcher) {
      this.searcher = searcher;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      ReportColumns.Leaf leaf = searcher.columns().leaf(ctx.ord);
      FixedBitSet docs =
          byLeaf.computeIfAbsent(ctx.ord, o -> new FixedBitSet(ctx.reader().maxDoc()));
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          docs.set(leaf.reportDoc[leaf.reportOf[doc]]);
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
