package org.nianbao.search.lucene;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per (section number, section topic) of one segment, the reports having such a section, as bit
 * sets, so "has a section in the unit" is a word-wise OR and AND. Built once per segment of a
 * reader (one pass over its documents) and kept as long as the reader's {@link ReportColumns} are
 * (weakly keyed by them, never evicted while in use); immutable and thread-safe.
 */
final class SectionMasks {
  private static final Map<ReportColumns.Leaf, SectionMasks> BY_SEGMENT =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Key: the section number in the high 32 bits, the topic ordinal (-1: none) in the low. */
  private final Map<Long, FixedBitSet> with;

  private final int size;

  /** The masks of segment {@code ord} of {@code searcher}'s reader, built on first use. */
  static SectionMasks of(StatsSearcher searcher, int ord) {
    return BY_SEGMENT.computeIfAbsent(searcher.columns().leaf(ord), SectionMasks::new);
  }

  private SectionMasks(ReportColumns.Leaf l) {
    size = Math.max(1, l.reports());
    Map<Long, FixedBitSet> all = new HashMap<>();
    for (int r = 0; r < l.reports(); r++) {
      for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) { // the report doc is not a section
        all.computeIfAbsent(Packed.unit(l.section(d), l.topic(d)), k -> new FixedBitSet(size))
            .set(r);
      }
    }
    this.with = Map.copyOf(all);
  }

  /** The reports having a section in {@code unit}, as a new bit set. */
  FixedBitSet reportsIn(SectionUnit unit) {
    FixedBitSet out = new FixedBitSet(size);
    with.forEach(
        (k, bits) -> {
          if (unit.ok(Packed.number(k), Packed.topic(k))) {
            out.or(bits);
          }
        });
    return out;
  }

  /** Adds every section number of this segment to {@code out}. */
  void numbers(Set<Integer> out) {
    with.keySet().forEach(k -> out.add(Packed.number(k)));
  }

  /**
   * Adds every section topic ordinal of this segment (-1: a section without topic) to {@code out}.
   */
  void topics(Set<Integer> out) {
    with.keySet().forEach(k -> out.add(Packed.topic(k)));
  }
}
