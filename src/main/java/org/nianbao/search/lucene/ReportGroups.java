package org.nianbao.search.lucene;

import java.util.Arrays;

/**
 * One segment's reports grouped by a per-report key ≥ -1 (a place index, a global agency ordinal
 * with -1 for none): a counting sort, 4 bytes per report. The reports of key {@code k} are {@code
 * report(from(k))} … {@code report(to(k) - 1)}, in report order. With a county, city, province or
 * agency selection, a search's candidate reports are found by visiting the selected keys' reports
 * only, not every report of the segment ({@link Universes}).
 */
final class ReportGroups {
  private final int[] start;
  private final int[] reports;

  ReportGroups(int[] key) {
    int n = 0;
    for (int k : key) {
      n = Math.max(n, k + 2);
    }
    start = new int[n + 1];
    for (int k : key) {
      start[k + 2]++;
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    reports = new int[key.length];
    int[] next = Arrays.copyOf(start, n);
    for (int r = 0; r < key.length; r++) {
      reports[next[key[r] + 1]++] = r;
    }
  }

  /** Keys {@code -1 … keys() - 1} may have reports in this segment; later ones have none. */
  int keys() {
    return start.length - 2;
  }

  /** The first position of key {@code k}'s reports (any {@code k} ≥ -1). */
  int from(int k) {
    return k + 1 < start.length ? start[k + 1] : reports.length;
  }

  int to(int k) {
    return k + 2 < start.length ? start[k + 2] : reports.length;
  }

  int report(int i) {
    return reports[i];
  }
}
