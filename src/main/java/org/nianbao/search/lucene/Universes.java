package org.nianbao.search.lucene;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The candidate reports of one search per segment and unit: live, passing the report-level
 * selections, and (when the unit restricts section numbers or topics) having a section in it. Each
 * selection's reports are found with one scan over the report columns per segment, then narrowed by
 * section with word-wise ANDs; results are memoized for the search. The bit sets handed out are
 * shared: never modify them. Not thread-safe (the {@link ReportMatcher} synchronizes).
 */
final class Universes {
  private final StatsSearcher searcher;
  private final Map<String, FixedBitSet> memo = new HashMap<>();

  Universes(StatsSearcher searcher) {
    this.searcher = searcher;
  }

  /** A memo key for a filter's report selections, a unit and a segment. */
  static String key(int ord, ResolvedFilter f, SectionUnit unit) {
    return ord
        + "|"
        + Arrays.toString(f.counties())
        + Arrays.toString(f.agencies())
        + Arrays.toString(f.years())
        + Arrays.toString(f.provinces())
        + Arrays.toString(f.cities())
        + (f.range() == null ? "" : "|" + System.identityHashCode(f.range()))
        + "|"
        + (unit == null ? "all" : Arrays.toString(unit.numbers()) + Arrays.toString(unit.topics()));
  }

  /** The candidate reports of segment {@code ord} under {@code f} with unit {@code sections}. */
  FixedBitSet of(int ord, ResolvedFilter f, SectionUnit sections) {
    String k = key(ord, f, sections);
    FixedBitSet u = memo.get(k);
    if (u == null) {
      u = sections == null || sections.all() ? base(ord, f) : narrowed(ord, f, sections);
      memo.put(k, u);
    }
    return u;
  }

  /** A segment's candidate reports under some report selections, as cached per reader. */
  private record BaseKey(String key) {}

  private record Base(FixedBitSet bits) implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return 64 + bits.ramBytesUsed();
    }
  }

  /**
   * The live reports of segment {@code ord} passing {@code f}'s report selections: one scan over
   * the segment's reports, cached per reader (every search without a selection shares one).
   */
  private FixedBitSet base(int ord, ResolvedFilter f) {
    if (f.range() != null) { // a measure range is keyed by identity: this search only
      return scan(ord, f);
    }
    BaseKey k = new BaseKey(key(ord, f, null));
    Base cached = searcher.cached(k);
    if (cached != null) {
      return cached.bits();
    }
    FixedBitSet u = scan(ord, f);
    searcher.cache(k, new Base(u));
    return u;
  }

  private FixedBitSet scan(int ord, ResolvedFilter f) {
    ReportColumns.Leaf l = searcher.columns().leaf(ord);
    Bits live = searcher.getIndexReader().leaves().get(ord).reader().getLiveDocs();
    FixedBitSet u = new FixedBitSet(Math.max(1, l.reports()));
    if (f.agencies() != null) { // only the selected agencies' reports
      for (int a : f.agencies()) {
        visit(l, live, f, l.byAgency, a, u);
      }
    } else if (f.restrictsPlaces()) { // only the selected places' reports
      long[] places = searcher.columns().places();
      for (int p = 0; p < l.byPlace.keys(); p++) {
        if (f.placeOk(places[p])) {
          visit(l, live, f, l.byPlace, p, u);
        }
      }
    } else {
      boolean restricts = f.restrictsReports();
      for (int r = 0; r < l.reports(); r++) {
        if ((live == null || live.get(l.reportDoc[r])) && (!restricts || f.reportOk(l, r))) {
          u.set(r);
        }
      }
    }
    return u;
  }

  /** Sets in {@code u} the live reports of group {@code key} that pass {@code f}. */
  private static void visit(
      ReportColumns.Leaf l, Bits live, ResolvedFilter f, ReportGroups g, int key, FixedBitSet u) {
    for (int i = g.from(key); i < g.to(key); i++) {
      int r = g.report(i);
      if ((live == null || live.get(l.reportDoc[r])) && f.reportOk(l, r)) {
        u.set(r);
      }
    }
  }

  private FixedBitSet narrowed(int ord, ResolvedFilter f, SectionUnit sections) {
    FixedBitSet base = of(ord, f, null);
    FixedBitSet with = SectionMasks.of(searcher, ord).reportsIn(sections);
    with.and(base);
    return with;
  }
}
