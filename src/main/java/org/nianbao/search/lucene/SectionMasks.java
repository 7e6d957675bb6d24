package org.nianbao.search.lucene;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per section number of one segment, the reports having a section with that number, as bit sets, so
 * "has a section in the unit" is a word-wise OR and AND. Built once per segment of a reader (one
 * pass over its documents) and kept as long as the reader's {@link ReportColumns} are (weakly keyed
 * by them, never evicted while in use); immutable and thread-safe.
 */
final class SectionMasks {
  private static final Map<ReportColumns.Leaf, SectionMasks> BY_SEGMENT =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final Map<Integer, FixedBitSet> with;
  private final FixedBitSet none;

  /** The masks of segment {@code ord} of {@code searcher}'s reader, built on first use. */
  static SectionMasks of(StatsSearcher searcher, int ord) {
    return BY_SEGMENT.computeIfAbsent(searcher.columns().leaf(ord), SectionMasks::new);
  }

  private SectionMasks(ReportColumns.Leaf l) {
    int n = Math.max(1, l.reports());
    FixedBitSet[] small = new FixedBitSet[128];
    Map<Integer, FixedBitSet> all = new HashMap<>();
    for (int r = 0; r < l.reports(); r++) {
      for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) { // the report doc is not a section
        int s = l.sectionNo[d];
        FixedBitSet b;
        if (s >= 0) {
          b = small[s];
          if (b == null) {
            b = small[s] = new FixedBitSet(n);
          }
        } else {
          b = all.computeIfAbsent(l.section(d), k -> new FixedBitSet(n));
        }
        b.set(r);
      }
    }
    for (int s = 0; s < small.length; s++) {
      if (small[s] != null) {
        all.put(s, small[s]);
      }
    }
    this.with = Map.copyOf(all);
    this.none = new FixedBitSet(n);
  }

  /** The reports having a section numbered {@code s} (shared: never modify). */
  FixedBitSet reportsWith(int s) {
    return with.getOrDefault(s, none);
  }

  /** Adds every section number of this segment to {@code out}. */
  void numbers(Set<Integer> out) {
    out.addAll(with.keySet());
  }
}
