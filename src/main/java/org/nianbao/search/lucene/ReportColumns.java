package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.nianbao.index.Fields;

/**
 * The report structure and report-level facet values of one reader as plain arrays, built once per
 * reader (at refresh) from doc values: for every document the report (block) it belongs to and its
 * section number, and for every report its county, agency (global ordinals) and year. Counting
 * facets and filtering by them then costs an array read per matching section instead of doc-values
 * look-ups. At 100,000 reports (800,000 documents) this is about 5 MB of heap. Thread-safe.
 */
final class ReportColumns {
  /** Marks a missing year. */
  static final int NO_YEAR = Integer.MIN_VALUE;

  /** Marks a section number outside 0..126 in {@link Leaf#sectionNo}; see {@link Leaf#section}. */
  private static final byte LARGE = -1;

  /** One segment's columns: report r owns the docs after reportDoc[r-1] up to reportDoc[r]. */
  static final class Leaf {
    final int ord;
    final int docBase;

    /** Per document: the index of its report in this segment. */
    final int[] reportOf;

    /** Per document: its section number, or {@link #LARGE}. */
    final byte[] sectionNo;

    /** Per document: the global ordinal of its section topic, or -1 (none, or not a section). */
    final short[] topic;

    private final Map<Integer, Integer> largeSections;

    /** Per report: its report document (segment-local). */
    final int[] reportDoc;

    /** Per report: global county ordinal, or -1. */
    final int[] county;

    /** Per report: global agency ordinal, or -1. */
    final int[] agency;

    /** Per report: year, or {@link #NO_YEAR}. */
    final int[] year;

    /** Per report: global province ordinal, or -1. */
    final int[] province;

    /** Per report: global city ordinal, or -1. */
    final int[] city;

    private Leaf(
        int ord,
        int docBase,
        int[] reportOf,
        byte[] sectionNo,
        short[] topic,
        Map<Integer, Integer> largeSections,
        int[] reportDoc,
        int[] county,
        int[] agency,
        int[] year,
        int[] province,
        int[] city) {
      this.ord = ord;
      this.docBase = docBase;
      this.reportOf = reportOf;
      this.sectionNo = sectionNo;
      this.topic = topic;
      this.largeSections = largeSections;
      this.reportDoc = reportDoc;
      this.county = county;
      this.agency = agency;
      this.year = year;
      this.province = province;
      this.city = city;
    }

    int reports() {
      return reportDoc.length;
    }

    /** The section number of section document {@code doc} (0 when it has none). */
    int section(int doc) {
      byte b = sectionNo[doc];
      return b != LARGE ? b : largeSections.getOrDefault(doc, 0);
    }

    /** The first document of report {@code r} (its first section, or the report doc itself). */
    int firstDoc(int r) {
      return r == 0 ? 0 : reportDoc[r - 1] + 1;
    }
  }

  private final List<Leaf> leaves;
  private final int newestYear;

  private ReportColumns(List<Leaf> leaves) {
    this.leaves = leaves;
    this.newestYear =
        leaves.stream().flatMapToInt(l -> Arrays.stream(l.year)).max().orElse(NO_YEAR);
  }

  /** The newest year of any report (deleted ones included), or {@link #NO_YEAR}. */
  int newestYear() {
    return newestYear;
  }

  Leaf leaf(int ord) {
    return leaves.get(ord);
  }

  static ReportColumns build(IndexReader reader, BitSetProducer parents, FacetOrdinals ordinals)
      throws IOException {
    List<Leaf> out = new ArrayList<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      out.add(leaf(ctx, parents, ordinals));
    }
    return new ReportColumns(List.copyOf(out));
  }

  private static Leaf leaf(LeafReaderContext ctx, BitSetProducer parents, FacetOrdinals ordinals)
      throws IOException {
    int maxDoc = ctx.reader().maxDoc();
    BitSet bits = parents.getBitSet(ctx);
    int n = bits == null ? 0 : bits.cardinality();
    int[] reportDoc = new int[n];
    int[] reportOf = new int[maxDoc];
    Arrays.fill(reportOf, -1);
    int r = 0;
    int from = 0;
    for (int d = n == 0 ? DocIdSetIterator.NO_MORE_DOCS : bits.nextSetBit(0);
        d != DocIdSetIterator.NO_MORE_DOCS;
        d = d + 1 < maxDoc ? bits.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      reportDoc[r] = d;
      Arrays.fill(reportOf, from, d + 1, r);
      from = d + 1;
      r++;
    }
    byte[] sectionNo = new byte[maxDoc];
    Map<Integer, Integer> large = new HashMap<>();
    NumericDocValues sec = DocValues.getNumeric(ctx.reader(), Fields.SECTION_NO);
    for (int d = sec.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = sec.nextDoc()) {
      long v = sec.longValue();
      if (v >= 0 && v < Byte.MAX_VALUE) {
        sectionNo[d] = (byte) v;
      } else {
        sectionNo[d] = LARGE;
        large.put(d, (int) v);
      }
    }
    int[] county =
        DocColumns.ords(
            ctx, Fields.COUNTY, ordinals.counties().segmentToGlobal(ctx.ord), reportDoc);
    int[] agency =
        DocColumns.ords(
            ctx, Fields.AGENCY, ordinals.agencies().segmentToGlobal(ctx.ord), reportDoc);
    int[] year = new int[n];
    NumericDocValues y = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
    for (int i = 0; i < n; i++) {
      year[i] = y.advanceExact(reportDoc[i]) ? (int) y.longValue() : NO_YEAR;
    }
    int[] province =
        DocColumns.ords(
            ctx, Fields.PROVINCE, ordinals.provinces().segmentToGlobal(ctx.ord), reportDoc);
    int[] city =
        DocColumns.ords(ctx, Fields.CITY, ordinals.cities().segmentToGlobal(ctx.ord), reportDoc);
    return new Leaf(
        ctx.ord,
        ctx.docBase,
        reportOf,
        sectionNo,
        DocColumns.topics(ctx, ordinals.topics()),
        Map.copyOf(large),
        reportDoc,
        county,
        agency,
        year,
        province,
        city);
  }
}
