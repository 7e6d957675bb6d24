package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.nianbao.index.Fields;

/**
 * Reads what a result list shows (report metadata, section number and title) from doc values, so
 * listing hits never decompresses the stored section texts.
 */
final class ResultMetadata {
  private ResultMetadata() {}

  /** A section's number and title. */
  record SectionHead(int number, String title) {}

  static StoredReports.Meta report(StatsSearcher searcher, int reportDoc) throws IOException {
    LeafReaderContext ctx = leaf(searcher.getIndexReader(), reportDoc);
    LeafReader r = ctx.reader();
    int doc = reportDoc - ctx.docBase;
    NumericDocValues year = DocValues.getNumeric(r, Fields.YEAR);
    return new StoredReports.Meta(
        sorted(DocValues.getSorted(r, Fields.REPORT_ID_DV), doc),
        binary(DocValues.getBinary(r, Fields.TITLE), doc),
        named(searcher, ctx, Fields.AGENCY, doc),
        named(searcher, ctx, Fields.COUNTY, doc),
        year.advanceExact(doc) ? (int) year.longValue() : null,
        binary(DocValues.getBinary(r, Fields.SOURCE), doc),
        List.of());
  }

  /** Report {@code reportDoc}'s value of measure {@code key}, or {@code null} when it has none. */
  static Integer measure(IndexReader reader, int reportDoc, String key) throws IOException {
    LeafReaderContext ctx = leaf(reader, reportDoc);
    NumericDocValues v = DocValues.getNumeric(ctx.reader(), key);
    return v.advanceExact(reportDoc - ctx.docBase) ? (int) v.longValue() : null;
  }

  static SectionHead section(StatsSearcher searcher, int sectionDoc) throws IOException {
    LeafReaderContext ctx = leaf(searcher.getIndexReader(), sectionDoc);
    int doc = sectionDoc - ctx.docBase;
    NumericDocValues no = DocValues.getNumeric(ctx.reader(), Fields.SECTION_NO);
    String title = named(searcher, ctx, Fields.SECTION_TITLE, doc);
    return new SectionHead(
        no.advanceExact(doc) ? (int) no.longValue() : 0, title == null ? "" : title);
  }

  private static LeafReaderContext leaf(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    return leaves.get(ReaderUtil.subIndex(doc, leaves));
  }

  /** A value that repeats across reports, through the segment's {@link OrdNames}. */
  private static String named(StatsSearcher searcher, LeafReaderContext ctx, String field, int doc)
      throws IOException {
    SortedDocValues dv = DocValues.getSorted(ctx.reader(), field);
    return searcher
        .once(new NamesKey(field, ctx.ord), s -> new OrdNames(dv.getValueCount()))
        .of(dv, doc);
  }

  private record NamesKey(String field, int segment) {}

  private static String sorted(SortedDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
  }

  private static String binary(BinaryDocValues dv, int doc) throws IOException {
    return dv.advanceExact(doc) ? dv.binaryValue().utf8ToString() : null;
  }
}
