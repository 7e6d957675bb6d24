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

  /** Counts one report of year {@code y} ({@link ReportColumns#NO_YEAR}: without a year). */
  void add(int y) {
    if (y != ReportColumns.NO_YEAR) {
      int i = y - YEAR_BASE;
      if (i >= 0 && i < YEAR_SPAN) {
        yearHits[i]++;
      } else {
        otherYears.merge(y, 1L, Long::sum);
      }
    } else {
      unknownYears++;
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

  /** Uncounts one report of year {@code y} (counted before, e.g. in a {@link #copy}). */
  void remove(int y) {
    if (y != ReportColumns.NO_YEAR) {
      int i = y - YEAR_BASE;
      if (i >= 0 && i < YEAR_SPAN) {
        yearHits[i]--;
      } else {
        otherYears.computeIfPresent(y, (k, n) -> n == 1 ? null : n - 1);
      }
    } else {
      unknownYears--;
    }
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
