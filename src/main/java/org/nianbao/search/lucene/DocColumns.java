package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;

/** Reads string doc values of one segment into the arrays of {@link ReportColumns}. */
final class DocColumns {
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
  static short[] topics(LeafReaderContext ctx, GlobalOrdinals topics) throws IOException {
    if (topics.valueCount() > Short.MAX_VALUE) {
      throw new IllegalStateException("too many section topics: " + topics.valueCount());
    }
    short[] out = new short[ctx.reader().maxDoc()];
    Arrays.fill(out, (short) -1);
    SortedDocValues dv = DocValues.getSorted(ctx.reader(), org.nianbao.index.Fields.SECTION_TOPIC);
    LongValues toGlobal = topics.segmentToGlobal(ctx.ord);
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      out[d] = (short) toGlobal.get(dv.ordValue());
    }
    return out;
  }
}
