package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.join.BitSetProducer;
import org.nianbao.index.Fields;

/**
 * The report structure and report-level facet values of one reader as plain arrays, built once per
 * reader (at refresh) from doc values: for every document the report (block) it belongs to ({@link
 * ReportRank}) and its section unit (number and topic), and for every report its place, agency
 * (global ordinals) and year. Section units and places are numbered reader-wide (a few hundred and
 * a few thousand distinct values), so that a counting pass or a leaf's per-section hits index small
 * arrays by them instead of hashing. At 100,000 reports (800,000 documents) this is about 3.4 MB of
 * heap. Thread-safe.
 */
final class ReportColumns {
  /** Marks a missing year. */
  static final int NO_YEAR = DocColumns.NO_YEAR;

  /** One segment's columns: report r owns the docs after reportDoc[r-1] up to reportDoc[r]. */
  static final class Leaf {
    final int ord;
    final int docBase;

    /** Per document: its section unit, an index into the reader's {@link #units()}. */
    final char[] unit;

    /** Per report: its report document (segment-local). */
    final int[] reportDoc;

    final ReportRank rank;

    /** Per report: global agency ordinal, or -1. */
    final int[] agency;

    /** Per report: year, or {@link #NO_YEAR}. */
    final int[] year;

    /** Per report: its place, an index into the reader's {@link #places()}. */
    final int[] place;

    /** Its reports by place and by agency (null in the raw leaf, before places are known). */
    final ReportGroups byPlace;

    final ReportGroups byAgency;

    private final long[] units;
    private final long[] places;

    private Leaf(Leaf raw, long[] units, long[] places) {
      this(
          raw.ord,
          raw.docBase,
          raw.rank,
          raw.unit,
          raw.reportDoc,
          raw.agency,
          raw.year,
          raw.place,
          units,
          places);
    }

    private Leaf(
        int ord,
        int docBase,
        ReportRank rank,
        char[] unit,
        int[] reportDoc,
        int[] agency,
        int[] year,
        int[] place,
        long[] units,
        long[] places) {
      this.ord = ord;
      this.docBase = docBase;
      this.rank = rank;
      this.unit = unit;
      this.reportDoc = reportDoc;
      this.agency = agency;
      this.year = year;
      this.place = place;
      this.units = units;
      this.places = places;
      this.byPlace = places == null ? null : new ReportGroups(place);
      this.byAgency = places == null ? null : new ReportGroups(agency);
    }

    /** The index of document {@code doc}'s report in this segment (-1 past the last report). */
    int report(int doc) {
      return rank.of(doc);
    }

    int reports() {
      return reportDoc.length;
    }

    /** The section number of section document {@code doc} (0 when it has none). */
    int section(int doc) {
      return Packed.number(units[unit[doc]]);
    }

    /** The global ordinal of document {@code doc}'s section topic, or -1 (none, not a section). */
    int topic(int doc) {
      return Packed.topic(units[unit[doc]]);
    }

    /** Global county ordinal of report {@code r}, or -1. */
    int county(int r) {
      return Packed.county(places[place[r]]);
    }

    /** Global province ordinal of report {@code r}, or -1. */
    int province(int r) {
      return Packed.province(places[place[r]]);
    }

    /** Global city ordinal of report {@code r}, or -1. */
    int city(int r) {
      return Packed.city(places[place[r]]);
    }

    /** The first document of report {@code r} (its first section, or the report doc itself). */
    int firstDoc(int r) {
      return r == 0 ? 0 : reportDoc[r - 1] + 1;
    }
  }

  private final List<Leaf> leaves;
  private final long[] units;
  private final long[] places;
  private final int newestYear;

  private ReportColumns(List<Leaf> leaves, long[] units, long[] places) {
    this.leaves = leaves;
    this.units = units;
    this.places = places;
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

  /** By section unit: its (number, topic) packed by {@link Packed#unit}. */
  long[] units() {
    return units;
  }

  /** By place: its (province, city, county) packed by {@link Packed#place}. */
  long[] places() {
    return places;
  }

  static ReportColumns build(IndexReader reader, BitSetProducer parents, FacetOrdinals ordinals)
      throws IOException {
    KeyIds units = new KeyIds();
    KeyIds places = new KeyIds();
    List<Leaf> raw = new ArrayList<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      raw.add(leaf(ctx, parents, ordinals, units, places));
    }
    long[] u = units.keys();
    long[] p = places.keys();
    return new ReportColumns(raw.stream().map(l -> new Leaf(l, u, p)).toList(), u, p);
  }

  private static Leaf leaf(
      LeafReaderContext ctx,
      BitSetProducer parents,
      FacetOrdinals ordinals,
      KeyIds units,
      KeyIds places)
      throws IOException {
    int[] reportDoc = DocColumns.reportDocs(parents.getBitSet(ctx));
    ReportRank rank = new ReportRank(reportDoc, ctx.reader().maxDoc());
    char[] unit = DocColumns.units(ctx, DocColumns.topics(ctx, ordinals.topics()), units);
    int[] year = DocColumns.years(ctx, reportDoc);
    int[] place = DocColumns.places(ctx, ordinals, reportDoc, places);
    int[] agency =
        DocColumns.ords(
            ctx, Fields.AGENCY, ordinals.agencies().segmentToGlobal(ctx.ord), reportDoc);
    return new Leaf(ctx.ord, ctx.docBase, rank, unit, reportDoc, agency, year, place, null, null);
  }
}
