package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;

/**
 * Totals and drill-sideways facets for a query and facet selections, by decomposition: the totals
 * and the dimensions without a selection come from one counting pass with every selection applied
 * as a filter; a dimension with a selection comes from a pass without that dimension's own
 * selection (so its other values keep their counts). Every pass filters up front ({@link
 * ReportFilterQuery}) instead of visiting all matches, so narrowing a search costs less than the
 * search did.
 *
 * <p>Passes are cached per reader ({@link StatsSearcher}): totals by (query, selections), a
 * dimension's list by (query, other selections, its own selection). Paging, re-sorting, and going
 * back to an earlier selection then reuse what was counted. A dimension's pass counts only what its
 * list needs ({@link CountPart}), so it yields no totals to cache.
 */
final class FacetCounter {
  static final List<Facet> DIMENSIONS = List.of(Facet.values());

  /** Cache key: totals and the unselected dimensions of a pass. */
  record TotalsKey(Object query, FacetFilter filter) {}

  /** Cache key: one selected dimension's list. */
  record DimensionKey(Object query, FacetFilter others, Facet dimension, Set<?> selected) {}

  /**
   * What one pass yields for its own filter: totals, matching reports per year, and unselected
   * dimensions.
   */
  record Totals(
      long reports,
      long sections,
      Map<Integer, Long> hitsByYear,
      Map<Facet, List<FacetValue>> facets)
      implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return 96
          + 48L * hitsByYear.size()
          + facets.values().stream().mapToLong(SearchCache::facetBytes).sum();
    }
  }

  /** One selected dimension's list, as cached. */
  private record DimensionList(List<FacetValue> values) implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return SearchCache.facetBytes(values);
    }
  }

  private final StatsSearcher searcher;
  private final boolean cache;
  private final ReportMatcher matcher;

  /**
   * Counts report-level results of {@code matcher} (null: of the section-level query given to
   * {@link #count}).
   */
  FacetCounter(StatsSearcher searcher, boolean cache, ReportMatcher matcher) {
    this.searcher = searcher;
    this.cache = cache;
    this.matcher = matcher;
  }

  /**
   * Counts for {@code query} (section-level, {@code null} = every section) under {@code filter};
   * {@code key} identifies the query in the cache.
   */
  FacetPass count(Object key, Query query, FacetFilter filter) throws IOException {
    Totals totals = totals(key, query, filter);
    Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
    Map<FacetFilter, CountingCollector> passes = new HashMap<>(); // one pass per distinct filter
    for (Facet dim : DIMENSIONS) {
      Set<?> selected = filter.selected(dim);
      facets.put(
          dim,
          selected.isEmpty()
              ? totals.facets().get(dim)
              : dimension(key, query, filter, dim, passes));
    }
    return new FacetPass(
        totals.reports(),
        totals.sections(),
        Collections.unmodifiableMap(facets),
        totals.hitsByYear());
  }

  private Totals totals(Object key, Query query, FacetFilter filter) throws IOException {
    TotalsKey k = new TotalsKey(key, filter);
    Totals t = cache ? searcher.cached(k) : null;
    if (t == null) {
      t = totals(run(query, filter, EnumSet.allOf(CountPart.class)), filter);
      if (cache) {
        searcher.cache(k, t);
      }
    }
    return t;
  }

  /**
   * One selected dimension's list, from a pass without its own selection; dimensions whose other
   * selections are the same (county and the place tree when only a county is selected) share the
   * pass in {@code passes}.
   */
  private List<FacetValue> dimension(
      Object key,
      Query query,
      FacetFilter filter,
      Facet dim,
      Map<FacetFilter, CountingCollector> passes)
      throws IOException {
    FacetFilter others = filter.without(dim);
    Set<?> selected = filter.selected(dim);
    DimensionKey k = new DimensionKey(key, others, dim, selected);
    DimensionList cached = cache ? searcher.cached(k) : null;
    if (cached != null) {
      return cached.values();
    }
    CountingCollector c = passes.get(others);
    if (c == null) {
      c = run(query, others, needs(filter, others));
      passes.put(others, c);
    }
    List<FacetValue> list = FacetLists.list(c, dim, selected);
    if (cache) {
      searcher.cache(k, new DimensionList(list));
    }
    return list;
  }

  /**
   * What a pass under {@code others} must count: the selected dimensions of {@code filter} whose
   * pass it is (those without their own selection give {@code others}), and nothing else.
   */
  private static Set<CountPart> needs(FacetFilter filter, FacetFilter others) {
    Set<CountPart> parts = EnumSet.noneOf(CountPart.class);
    for (Facet dim : DIMENSIONS) {
      if (!filter.selected(dim).isEmpty() && filter.without(dim).equals(others)) {
        parts.add(CountPart.of(dim));
      }
    }
    return parts;
  }

  private static Totals totals(CountingCollector c, FacetFilter filter) throws IOException {
    Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
    for (Facet dim : DIMENSIONS) {
      if (filter.selected(dim).isEmpty()) {
        facets.put(dim, FacetLists.list(c, dim, Set.of()));
      }
    }
    return new Totals(
        c.totalReports(), c.totalSections(), Map.copyOf(c.yearCounts()), Map.copyOf(facets));
  }

  /** One counting pass under {@code filter}, counting {@code parts} (and the totals). */
  private CountingCollector run(Query query, FacetFilter filter, Set<CountPart> parts)
      throws IOException {
    if (matcher != null) {
      ResolvedFilter resolved = searcher.resolve(filter);
      CountingCollector c = ReportCounting.count(searcher, matcher, resolved, parts);
      if (parts.contains(CountPart.SECTIONS)) {
        c.replaceSections(
            UnitCounts.sectionCounts(matcher, resolved),
            UnitCounts.topicCounts(matcher, resolved),
            UnitCounts.listedSections(matcher, resolved));
      }
      return c;
    }
    return searcher.collect(
        searcher.filtered(query == null ? LuceneQueries.allSections() : query, filter),
        new CountingCollector(
            searcher.columns(), searcher.ordinals(), searcher::placeNodes, parts));
  }
}
