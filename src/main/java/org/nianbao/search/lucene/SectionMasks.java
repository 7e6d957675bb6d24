package org.nianbao.search.lucene;

import java.util.Set;

/**
 * Per report of one segment, the section numbers it has as a bit mask (bit n: a section numbered n;
 * bit 63: one numbered 63 or more, looked up in the documents), so "has a section in the unit"
 * costs one AND per report.
 */
final class SectionMasks {
  private static final int LARGE = 63;
  private final ReportColumns.Leaf l;
  private final long[] masks;

  SectionMasks(ReportColumns.Leaf l) {
    this.l = l;
    this.masks = new long[l.reports()];
    for (int r = 0; r < masks.length; r++) {
      for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
        masks[r] |= 1L << Math.min(LARGE, Math.max(0, l.section(d)));
      }
    }
  }

  /**
   * Whether report {@code r} has a section whose number is in {@code sections} (null: any section).
   */
  boolean has(int r, int[] sections) {
    if (sections == null) {
      return true;
    }
    for (int s : sections) {
      if (s >= 0 && s < LARGE
          ? (masks[r] & (1L << s)) != 0
          : (masks[r] & (1L << LARGE)) != 0 && scan(r, s)) {
        return true;
      }
    }
    return false;
  }

  private boolean scan(int r, int s) {
    for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
      if (l.section(d) == s) {
        return true;
      }
    }
    return false;
  }

  /** Adds every section number of this segment to {@code out}. */
  void numbers(Set<Integer> out) {
    long all = 0;
    for (int r = 0; r < masks.length; r++) {
      all |= masks[r];
      if ((masks[r] & (1L << LARGE)) != 0) {
        for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
          out.add(l.section(d));
        }
      }
    }
    for (long m = all & ~(1L << LARGE); m != 0; m &= m - 1) {
      out.add(Long.numberOfTrailingZeros(m));
    }
  }
}
