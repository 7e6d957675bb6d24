package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.nianbao.index.Fields;

/** Reads string doc values of one segment into the arrays of {@link ReportColumns}. */
final class DocColumns {
  /** Marks a missing year. */
  static final int NO_YEAR = Integer.MIN_VALUE;

  private DocColumns() {}

  /** Per report (given by its report document): the global ordinal of {@code field}, or -1. */
  static int[] ords(LeafReaderContext ctx, String field, LongValues toGlobal, int[] reportDoc)
      throws IOException {
    SortedDocValues dv = DocValues.getSorted(ctx.reader(), field);
    int[] out = new int[reportDoc.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = dv.advanceExact(reportDoc[i]) ? (int) toGlobal.get(dv.ordValue()) : -1;
    }
    return out;
  }

  /**
   * Per document: the global ordinal of its section topic, or -1 (a section without a topic, a
   * report document, an index written before topics).
   */
  static int[] topics(LeafReaderContext ctx, GlobalOrdinals topics) throws IOException {
    int[] out = new int[ctx.reader().maxDoc()];
    Arrays.fill(out, -1);
    SortedDocValues dv = DocValues.getSorted(ctx.reader(), Fields.SECTION_TOPIC);
    LongValues toGlobal = topics.segmentToGlobal(ctx.ord);
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      out[d] = (int) toGlobal.get(dv.ordValue());
    }
    return out;
  }

  /**
   * Per document: the id in {@code units} of its (section number, topic) pair ({@link Packed#unit};
   * a document without a number has section 0, as a report document).
   */
  static char[] units(LeafReaderContext ctx, int[] topic, KeyIds units) throws IOException {
    int maxDoc = ctx.reader().maxDoc();
    int[] number = new int[maxDoc];
    NumericDocValues sec = DocValues.getNumeric(ctx.reader(), Fields.SECTION_NO);
    for (int d = sec.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sec.nextDoc()) {
      number[d] = (int) sec.longValue();
    }
    char[] out = new char[maxDoc];
    for (int d = 0; d < maxDoc; d++) {
      int id = units.id(Packed.unit(number[d], topic[d]));
      if (id > Character.MAX_VALUE) {
        throw new IllegalStateException("too many (section number, topic) pairs: " + id);
      }
      out[d] = (char) id;
    }
    return out;
  }

  /**
   * Per report: the id in {@code places} of its (province, city, county) ({@link Packed#place}).
   */
  static int[] places(LeafReaderContext ctx, FacetOrdinals ordinals, int[] reportDoc, KeyIds places)
      throws IOException {
    int[] county =
        ords(ctx, Fields.COUNTY, ordinals.counties().segmentToGlobal(ctx.ord), reportDoc);
    int[] province =
        ords(ctx, Fields.PROVINCE, ordinals.provinces().segmentToGlobal(ctx.ord), reportDoc);
    int[] city = ords(ctx, Fields.CITY, ordinals.cities().segmentToGlobal(ctx.ord), reportDoc);
    int[] out = new int[reportDoc.length];
    for (int r = 0; r < out.length; r++) {
      out[r] = places.id(Packed.place(province[r], city[r], county[r]));
    }
    return out;
  }

  /** Per report (given by its report document): its year, or {@link #NO_YEAR}. */
  static int[] years(LeafReaderContext ctx, int[] reportDoc) throws IOException {
    int[] year = new int[reportDoc.length];
    NumericDocValues y = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
    for (int i = 0; i < year.length; i++) {
      year[i] = y.advanceExact(reportDoc[i]) ? (int) y.longValue() : NO_YEAR;
    }
    return year;
  }

  /** The report documents of a segment, ascending ({@code parents}: null when none). */
  static int[] reportDocs(org.apache.lucene.util.BitSet parents) {
    int n = parents == null ? 0 : parents.cardinality();
    int[] out = new int[n];
    for (int r = 0, d = -1; r < n; r++) {
      d = out[r] = parents.nextSetBit(d + 1);
    }
    return out;
  }
}
