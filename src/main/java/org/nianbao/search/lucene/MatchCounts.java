package org.nianbao.search.lucene;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.util.FixedBitSet;

/**
 * The counts a {@link ReportMatcher} adds to a counting pass: listed sections, the section facet.
 */
final class MatchCounts {
  private MatchCounts() {}

  /** Number of listed sections over all matching reports under {@code f}. */
  static long listedSections(ReportMatcher m, ResolvedFilter f) {
    long n = 0;
    int[] sections = f.sections();
    for (int ord = 0; ord < m.segments(); ord++) {
      ReportColumns.Leaf l = m.searcher().columns().leaf(ord);
      FixedBitSet rs = m.reports(ord, f, sections);
      FixedBitSet pos = m.positiveDocs(ord);
      for (int r = next(rs, 0); r != -1; r = next(rs, r + 1)) {
        for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
          if (pos.get(d) && ResolvedFilter.in(sections, l.section(d))) {
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

  /**
   * Per section number: the reports matching when the unit is that section alone
   * (county/agency/year of {@code f}).
   */
  static Map<Integer, Long> sectionCounts(ReportMatcher m, ResolvedFilter f) {
    Set<Integer> numbers = new java.util.TreeSet<>();
    for (int ord = 0; ord < m.segments(); ord++) {
      SectionMasks.of(m.searcher(), ord).numbers(numbers);
    }
    Map<Integer, Long> out = new TreeMap<>();
    for (int s : numbers) {
      long c = 0;
      for (int ord = 0; ord < m.segments(); ord++) {
        c += m.reports(ord, f, new int[] {s}).cardinality();
      }
      if (c > 0) {
        out.put(s, c);
      }
    }
    return out;
  }
}
