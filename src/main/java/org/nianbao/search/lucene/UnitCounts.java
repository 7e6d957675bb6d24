package org.nianbao.search.lucene;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.util.FixedBitSet;

/**
 * The counts of a report-level query ({@link ReportMatcher}) that depend on the unit: the listed
 * sections, and the section and topic facets, which count per section number (topic) the reports
 * matching with the sections of that number (topic) alone as the unit — exactly what selecting that
 * value returns, the other dimension's selection kept.
 */
final class UnitCounts {
  private UnitCounts() {}

  /** Number of listed sections over all matching reports under {@code f}. */
  static long listedSections(ReportMatcher m, ResolvedFilter f) {
    long n = 0;
    SectionUnit unit = f.unit();
    for (int ord = 0; ord < m.segments(); ord++) {
      ReportColumns.Leaf l = m.searcher().columns().leaf(ord);
      FixedBitSet rs = m.reports(ord, f, unit);
      FixedBitSet pos = m.positiveDocs(ord);
      if (unit.all()) { // word-wise: the positive sections in each report's section range
        long[] words = rs.getBits();
        for (int w = 0; w < words.length; w++) {
          for (long word = words[w]; word != 0; word &= word - 1) {
            int r = w << 6 | Long.numberOfTrailingZeros(word);
            n += pos.cardinality(l.firstDoc(r), l.reportDoc[r]);
          }
        }
        continue;
      }
      for (int r = next(rs, 0); r != -1; r = next(rs, r + 1)) {
        for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
          if (pos.get(d) && unit.ok(l, d)) {
            n++;
          }
        }
      }
    }
    return n;
  }

  private static int next(FixedBitSet bits, int from) {
    if (from >= bits.length()) {
      return -1;
    }
    int d = bits.nextSetBit(from);
    return d == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS ? -1 : d;
  }

  /** Per section number: the matching reports with that number's sections as the unit. */
  static Map<Integer, Long> sectionCounts(ReportMatcher m, ResolvedFilter f) {
    return counts(m, f, false);
  }

  /** Per topic ordinal (-1: no topic): the matching reports with that topic's sections as unit. */
  static Map<Integer, Long> topicCounts(ReportMatcher m, ResolvedFilter f) {
    return counts(m, f, true);
  }

  private static Map<Integer, Long> counts(ReportMatcher m, ResolvedFilter f, boolean topics) {
    Set<Integer> values = new TreeSet<>();
    for (int ord = 0; ord < m.segments(); ord++) {
      present(m, ord, topics, values);
    }
    SectionUnit unit = f.unit();
    Map<Integer, Long> out = new TreeMap<>();
    for (int v : values) {
      SectionUnit one = topics ? unit.topic(v) : unit.number(v);
      long c = 0;
      for (int ord = 0; ord < m.segments(); ord++) {
        c += m.reports(ord, f, one).cardinality();
      }
      if (c > 0) {
        out.put(v, c);
      }
    }
    return out;
  }

  /** Adds the section numbers (or topic ordinals) present in segment {@code ord} to {@code out}. */
  private static void present(ReportMatcher m, int ord, boolean topics, Set<Integer> out) {
    if (topics) {
      SectionMasks.of(m.searcher(), ord).topics(out);
    } else {
      SectionMasks.of(m.searcher(), ord).numbers(out);
    }
  }
}
