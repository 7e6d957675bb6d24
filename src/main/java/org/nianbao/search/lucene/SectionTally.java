package org.nianbao.search.lucene;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The section and topic facets of a counting pass ({@link CountingCollector}): per section number
 * and per topic ordinal (-1: a section without topic), the reports with a counted section of it.
 * The sections of one report are added one after the other, then the report is flushed.
 */
final class SectionTally {
  private static final int SMALL = 64;
  private final long[] sectionHits = new long[SMALL];
  private final Map<Integer, Long> otherSections = new HashMap<>();
  private final long[] topicHits = new long[SMALL]; // index: ordinal + 1
  private final Map<Integer, Long> otherTopics = new HashMap<>();
  private long mask; // bit n: a section numbered n (< 64) was added
  private long topicMask; // bit t + 1: a section with topic ordinal t (< 63)
  private Set<Integer> large; // numbers >= 64 (rare)
  private Set<Integer> largeTopics;

  /** Adds a section of the current report. */
  void add(int number, int topic) {
    if (number >= 0 && number < SMALL) {
      mask |= 1L << number;
    } else {
      large = large == null ? new HashSet<>() : large;
      large.add(number);
    }
    if (topic + 1 < SMALL) {
      topicMask |= 1L << (topic + 1);
    } else {
      largeTopics = largeTopics == null ? new HashSet<>() : largeTopics;
      largeTopics.add(topic);
    }
  }

  /** Counts the current report once per section number and topic added since the last flush. */
  void flush() {
    for (long m = mask; m != 0; m &= m - 1) {
      sectionHits[Long.numberOfTrailingZeros(m)]++;
    }
    for (long m = topicMask; m != 0; m &= m - 1) {
      topicHits[Long.numberOfTrailingZeros(m)]++;
    }
    if (large != null) {
      large.forEach(n -> otherSections.merge(n, 1L, Long::sum));
      large = null;
    }
    if (largeTopics != null) {
      largeTopics.forEach(n -> otherTopics.merge(n, 1L, Long::sum));
      largeTopics = null;
    }
    mask = 0;
    topicMask = 0;
  }

  /** Replaces the counts (report-level queries count them apart). */
  void replace(Map<Integer, Long> sections, Map<Integer, Long> topics) {
    java.util.Arrays.fill(sectionHits, 0);
    java.util.Arrays.fill(topicHits, 0);
    otherSections.clear();
    otherSections.putAll(sections);
    otherTopics.clear();
    otherTopics.putAll(topics);
  }

  /** Reports per section number. */
  Map<Integer, Long> sections() {
    return counts(sectionHits, 0, otherSections);
  }

  /** Reports per topic ordinal (-1: a section without topic). */
  Map<Integer, Long> topics() {
    return counts(topicHits, -1, otherTopics);
  }

  private static Map<Integer, Long> counts(long[] hits, int base, Map<Integer, Long> other) {
    Map<Integer, Long> out = new HashMap<>(other);
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > 0) {
        out.merge(base + i, hits[i], Long::sum);
      }
    }
    return out;
  }
}
