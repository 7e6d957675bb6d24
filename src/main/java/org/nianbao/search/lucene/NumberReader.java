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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;
import org.nianbao.stats.Measure;

/**
 * The statistics numbers of every report that has a section matching a request's query and filters.
 * The matching reports are found per segment as report indexes ({@link ReportColumns}): without
 * query terms or a section filter straight from the report columns, else by mapping the matching
 * sections to their reports. Their numbers come from the reader's {@link MeasureColumns} and facet
 * ordinals (names looked up once per reader), only id and title from doc values, in document order.
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
      ResolvedFilter resolved = searcher.resolve(filter);
      Map<Integer, FixedBitSet> reports;
      if (root == null && !resolved.restrictsSections()) {
        reports = browse(searcher, resolved);
      } else {
        // the same report-level matches as a search: one section document per matching report
        ReportMatcher matcher =
            root == null ? null : new ReportMatcher(searcher, queries, root, false);
        Query built =
            matcher == null
                ? null
                : ReportQueries.ranking(queries, matcher, resolved, searcher.format());
        Query q = searcher.filtered(built == null ? LuceneQueries.allSections() : built, filter);
        reports = searcher.collect(q, new Reports(searcher)).byLeaf;
      }
      Columns columns = new Columns(searcher);
      List<ReportNumbers> out = new ArrayList<>();
      for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
        FixedBitSet in = reports.get(ctx.ord);
        if (in != null) {
          columns.read(ctx, in, out);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The live reports passing {@code filter}, per segment, without looking at sections. */
  private static Map<Integer, FixedBitSet> browse(StatsSearcher searcher, ResolvedFilter filter) {
    Map<Integer, FixedBitSet> out = new HashMap<>();
    for (LeafReaderContext ctx : searcher.getIndexReader().leaves()) {
      ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
      Bits live = ctx.reader().getLiveDocs();
      FixedBitSet in = new FixedBitSet(Math.max(1, l.reports()));
      for (int r = 0; r < l.reports(); r++) {
        if ((live == null || live.get(l.reportDoc[r])) && filter.reportOk(l, r)) {
          in.set(r);
        }
      }
      out.put(ctx.ord, in);
    }
    return out;
  }

  /** What a line of numbers is read from: the reader's columns and a cache of names by ordinal. */
  private static final class Columns {
    private final StatsSearcher searcher;
    private final Measure[] measures = Measure.values();
    private final int[][][] values; // measure → segment → report
    private final int[][] unreadable;

    Columns(StatsSearcher searcher) {
      this.searcher = searcher;
      this.values = new int[measures.length][][];
      for (int m = 0; m < measures.length; m++) {
        values[m] = searcher.measures().values(measures[m].key());
      }
      this.unreadable = searcher.measures().values(Fields.TABLE_UNREADABLE);
    }

    void read(LeafReaderContext ctx, FixedBitSet in, List<ReportNumbers> out) throws IOException {
      ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
      SortedDocValues ids = DocValues.getSorted(ctx.reader(), Fields.REPORT_ID_DV);
      BinaryDocValues titles = DocValues.getBinary(ctx.reader(), Fields.TITLE);
      FacetOrdinals o = searcher.ordinals();
      for (int r = in.nextSetBit(0);
          r != NO_MORE_DOCS;
          r = r + 1 < in.length() ? in.nextSetBit(r + 1) : NO_MORE_DOCS) {
        int d = l.reportDoc[r];
        Map<String, Integer> numbers = new HashMap<>();
        for (int m = 0; m < measures.length; m++) {
          int v = values[m][ctx.ord][r];
          if (v != MeasureColumns.MISSING) {
            numbers.put(measures[m].key(), v);
          }
        }
        out.add(
            new ReportNumbers(
                ids.advanceExact(d) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null,
                titles.advanceExact(d) ? titles.binaryValue().utf8ToString() : null,
                name(o.agencies(), l.agency[r]),
                name(o.counties(), l.county(r)),
                l.year[r] == ReportColumns.NO_YEAR ? null : l.year[r],
                numbers,
                unreadable[ctx.ord][r] == 1,
                name(o.provinces(), l.province(r)),
                name(o.cities(), l.city(r))));
      }
    }

    private static String name(GlobalOrdinals ords, int ord) throws IOException {
      return ord < 0 ? null : ords.lookup(ord); // remembered by the ordinals
    }
  }

  /** Marks, per segment, the report (index) of every matching section. */
  private static final class Reports implements Collector {
    private final StatsSearcher searcher;
    final Map<Integer, FixedBitSet> byLeaf = new HashMap<>();

    Reports(StatsSearcher searcher) {
      this.searcher = searcher;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext ctx) {
      ReportColumns.Leaf leaf = searcher.columns().leaf(ctx.ord);
      FixedBitSet reports =
          byLeaf.computeIfAbsent(ctx.ord, o -> new FixedBitSet(Math.max(1, leaf.reports())));
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          reports.set(leaf.report(doc));
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
