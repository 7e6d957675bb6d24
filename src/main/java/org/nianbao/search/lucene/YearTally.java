package org.nianbao.search.lucene;

import java.util.HashMap;
import java.util.Map;

/** Matching reports per year of a counting pass ({@link CountingCollector}), without boxing. */
final class YearTally {
  private static final int YEAR_BASE = 1950;
  private static final int YEAR_SPAN = 200;

  private final long[] yearHits = new long[YEAR_SPAN];
  private final Map<Integer, Long> otherYears = new HashMap<>();
  private long unknownYears;

  /**
   * Counts {@code n} reports of year {@code y} ({@link ReportColumns#NO_YEAR}: without a year); a
   * negative {@code n} uncounts reports counted before (in a {@link #copy}).
   */
  void add(int y, int n) {
    if (y != ReportColumns.NO_YEAR) {
      int i = y - YEAR_BASE;
      if (i >= 0 && i < YEAR_SPAN) {
        yearHits[i] += n;
      } else {
        otherYears.merge(y, (long) n, (a, b) -> a + b == 0 ? null : a + b);
      }
    } else {
      unknownYears += n;
    }
  }

  /** A copy of this tally, to subtract from. */
  YearTally copy() {
    YearTally out = new YearTally();
    System.arraycopy(yearHits, 0, out.yearHits, 0, YEAR_SPAN);
    out.otherYears.putAll(otherYears);
    out.unknownYears = unknownYears;
    return out;
  }

  /** Matching reports per year (reports without a year are not listed). */
  Map<Integer, Long> counts() {
    Map<Integer, Long> out = new HashMap<>(otherYears);
    for (int i = 0; i < yearHits.length; i++) {
      if (yearHits[i] > 0) {
        out.merge(YEAR_BASE + i, yearHits[i], Long::sum);
      }
    }
    return out;
  }

  /** Matching reports without a year. */
  long unknown() {
    return unknownYears;
  }
}
