package org.nianbao.search.lucene;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per report of one segment, the section numbers it has as a bit mask (bit n: a section numbered n;
 * bit 63: one numbered 63 or more, looked up in the documents), so "has a section in the unit"
 * costs one AND per report; and per section number, the reports having one, as a bit set. Built
 * once per segment and kept in the reader's cache ({@link #of}); thread-safe.
 */
final class SectionMasks implements SearchCache.Weighed {
  private static final int LARGE = 63;
  private final ReportColumns.Leaf l;
  private final long[] masks;
  private final Map<Integer, FixedBitSet> with = new ConcurrentHashMap<>();
  private volatile Set<Integer> numbers;

  private record Key(int segment) {}

  /** The masks of segment {@code ord} of {@code searcher}'s reader, from its cache or built. */
  static SectionMasks of(StatsSearcher searcher, int ord) {
    SectionMasks m = searcher.cached(new Key(ord));
    if (m == null) {
      m = new SectionMasks(searcher.columns().leaf(ord));
      searcher.cache(new Key(ord), m);
    }
    return m;
  }

  @Override
  public long bytes() {
    return 64 + masks.length * 8L + with.size() * (64 + masks.length / 8L);
  }

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

  /** The reports having a section numbered {@code s} (shared: never modify). */
  FixedBitSet reportsWith(int s) {
    FixedBitSet bits =
        with.computeIfAbsent(
            s,
            k -> {
              FixedBitSet b = new FixedBitSet(Math.max(1, masks.length));
              int[] one = {k};
              for (int r = 0; r < masks.length; r++) {
                if (has(r, one)) {
                  b.set(r);
                }
              }
              return b;
            });
    return bits;
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
    Set<Integer> n = numbers;
    if (n == null) {
      n = new java.util.TreeSet<>();
      collect(n);
      numbers = Set.copyOf(n);
    }
    out.addAll(n);
  }

  private void collect(Set<Integer> out) {
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
