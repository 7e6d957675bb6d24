package org.nianbao.search.lucene;

import java.util.Set;

/**
 * The report-level counts of one counting pass ({@link CountingCollector}): the matching reports in
 * total, and per agency, place and year for the dimensions the pass counts. A pass over most of the
 * reports starts from a {@link #copy} of every report's tallies and {@link #subtract}s the reports
 * that do not match ({@link ReportCounting}).
 */
final class ReportTallies {
  final OrdCounts agencies;
  final PlaceTally places;
  final YearTally years;
  private final boolean agencyCounts;
  private final boolean placeCounts;
  private final boolean yearCounts;
  private long total;

  /** Empty tallies counting only {@code parts} (the total always). */
  ReportTallies(ReportColumns columns, FacetOrdinals ordinals, Set<CountPart> parts) {
    this(columns, ordinals, parts, null);
  }

  /** Tallies counting only {@code parts}, starting from {@code base}'s counts (null: from 0). */
  private ReportTallies(
      ReportColumns columns, FacetOrdinals ordinals, Set<CountPart> parts, ReportTallies base) {
    this.agencyCounts = parts.contains(CountPart.AGENCIES);
    this.placeCounts = parts.contains(CountPart.PLACES);
    this.yearCounts = parts.contains(CountPart.YEARS);
    boolean copy = base != null;
    this.agencies =
        copy && agencyCounts ? OrdCounts.copyOf(base.agencies) : new OrdCounts(ordinals.agencies());
    this.places =
        copy && placeCounts
            ? new PlaceTally(ordinals, base.places)
            : new PlaceTally(ordinals, columns.places());
    this.years = copy && yearCounts ? base.years.copy() : new YearTally();
    this.total = copy ? base.total : 0;
  }

  /**
   * A copy of these tallies (which must count every part) counting only {@code parts}, to subtract
   * from; these stay as they are.
   */
  ReportTallies copy(ReportColumns columns, FacetOrdinals ordinals, Set<CountPart> parts) {
    return new ReportTallies(columns, ordinals, parts, this);
  }

  long total() {
    return total;
  }

  /** Counts report {@code r} of segment {@code l} once in every counted dimension. */
  void add(ReportColumns.Leaf l, int r) {
    count(l, r, 1);
  }

  /** Uncounts report {@code r} of segment {@code l}, counted before (in the base of a copy). */
  void subtract(ReportColumns.Leaf l, int r) {
    count(l, r, -1);
  }

  private void count(ReportColumns.Leaf l, int r, int n) {
    total += n;
    if (agencyCounts) {
      int a = l.agency[r];
      if (a >= 0) {
        agencies.add(a, n);
      } else {
        agencies.addUnknown(n);
      }
    }
    if (placeCounts) {
      places.add(l.place[r], n);
    }
    if (yearCounts) {
      years.add(l.year[r], n);
    }
  }
}
