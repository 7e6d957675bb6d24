package org.nianbao.search.lucene;

import java.util.Set;

/**
 * Per report of one segment, the section numbers it has as a bit mask (bit n: a section numbered n;
 * bit 63: one numbered 63 or more, looked up in the documents) and likewise its section topics (bit
 * t+1: topic ordinal t, bit 0: a section without a topic), so "has a section in the unit" costs one
 * AND per report when the unit restricts numbers or topics, and a scan of the report's sections
 * when it restricts both.
 */
final class SectionMasks {
  private static final int LARGE = 63;
  private final ReportColumns.Leaf l;
  private final long[] masks;
  private final long[] topicMasks;

  SectionMasks(ReportColumns.Leaf l) {
    this.l = l;
    this.masks = new long[l.reports()];
    this.topicMasks = new long[l.reports()];
    for (int r = 0; r < masks.length; r++) {
      for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
        masks[r] |= 1L << Math.min(LARGE, Math.max(0, l.section(d)));
        topicMasks[r] |= 1L << Math.min(LARGE, l.topic[d] + 1);
      }
    }
  }

  /** Whether report {@code r} has a section in {@code unit}. */
  boolean has(int r, SectionUnit unit) {
    if (unit.all()) {
      return true;
    }
    if (unit.topics() == null) {
      return has(masks[r], r, unit.numbers(), 0, unit);
    }
    if (unit.numbers() == null) {
      return has(topicMasks[r], r, unit.topics(), 1, unit);
    }
    return scan(r, unit);
  }

  private boolean has(long mask, int r, int[] values, int shift, SectionUnit unit) {
    for (int v : values) {
      int bit = v + shift;
      if (bit >= 0 && bit < LARGE
          ? (mask & (1L << bit)) != 0
          : (mask & (1L << LARGE)) != 0 && scan(r, unit)) {
        return true;
      }
    }
    return false;
  }

  private boolean scan(int r, SectionUnit unit) {
    for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
      if (unit.ok(l, d)) {
        return true;
      }
    }
    return false;
  }

  /** Adds every section number of this segment to {@code out}. */
  void numbers(Set<Integer> out) {
    values(masks, 0, out, false);
  }

  /**
   * Adds every section topic ordinal of this segment (-1: a section without topic) to {@code out}.
   */
  void topics(Set<Integer> out) {
    values(topicMasks, 1, out, true);
  }

  private void values(long[] all, int shift, Set<Integer> out, boolean topics) {
    long union = 0;
    for (int r = 0; r < all.length; r++) {
      union |= all[r];
      if ((all[r] & (1L << LARGE)) != 0) {
        for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
          out.add(topics ? l.topic[d] : l.section(d));
        }
      }
    }
    for (long m = union & ~(1L << LARGE); m != 0; m &= m - 1) {
      out.add(Long.numberOfTrailingZeros(m) - shift);
    }
  }
}
