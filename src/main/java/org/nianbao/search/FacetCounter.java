package org.nianbao.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.nianbao.index.Fields;

/**
 * Totals and drill-sideways facets for a query and facet selections, by decomposition: the
 * totals and the dimensions without a selection come from one counting pass with every
 * selection applied as a filter; a dimension with a selection comes from a pass without that
 * dimension's own selection (so its other values keep their counts). Every pass filters up front
 * ({@link ReportFilterQuery}) instead of visiting all matches, so narrowing a search costs less
 * than the search did.
 *
 * <p>Passes are cached per reader ({@link StatsSearcher}): totals by (query, selections), a
 * dimension's list by (query, other selections, its own selection). Paging, re-sorting, and
 * adding or removing a selection then reuse what the previous search counted.
 */
final class FacetCounter {
  static final List<String> DIMENSIONS =
      List.of(Fields.FACET_COUNTY, Fields.FACET_AGENCY, Fields.FACET_YEAR, Fields.FACET_SECTION);

  /** Cache key: totals and the unselected dimensions of a pass. */
  record TotalsKey(UserQuery query, FacetFilter filter) {}

  /** Cache key: one selected dimension's list. */
  record DimensionKey(UserQuery query, FacetFilter others, String dimension, Set<?> selected) {}

  /** What one pass yields for its own filter: totals, matching reports per year, and unselected dimensions. */
  record Totals(long reports, long sections, Map<Integer, Long> hitsByYear, Map<String, List<FacetValue>> facets) {}

  private final StatsSearcher searcher;
  private final boolean cache;

  FacetCounter(StatsSearcher searcher, boolean cache) {
    this.searcher = searcher;
    this.cache = cache;
  }

  /**
   * Counts for {@code query} (section-level, {@code null} = every section) under {@code filter};
   * {@code key} identifies the query in the cache.
   */
  FacetPass count(UserQuery key, Query query, FacetFilter filter) throws IOException {
    Totals totals = totals(key, query, filter);
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      Set<?> selected = filter.selected(dim);
      facets.put(dim, selected.isEmpty() ? totals.facets().get(dim) : dimension(key, query, filter, dim));
    }
    return new FacetPass(totals.reports(), totals.sections(), Collections.unmodifiableMap(facets), totals.hitsByYear());
  }

  private Totals totals(UserQuery key, Query query, FacetFilter filter) throws IOException {
    TotalsKey k = new TotalsKey(key, filter);
    Totals t = cache ? (Totals) searcher.cached(k) : null;
    if (t == null) {
      t = totals(run(query, filter), filter);
      if (cache) {
        searcher.cache(k, t);
      }
    }
    return t;
  }

  private List<FacetValue> dimension(UserQuery key, Query query, FacetFilter filter, String dim) throws IOException {
    FacetFilter others = filter.without(dim);
    Set<?> selected = filter.selected(dim);
    DimensionKey k = new DimensionKey(key, others, dim, selected);
    @SuppressWarnings("unchecked")
    List<FacetValue> list = cache ? (List<FacetValue>) searcher.cached(k) : null;
    if (list == null) {
      CountingCollector c = run(query, others);
      list = FacetLists.list(c, dim, selected);
      if (cache) {
        searcher.cache(k, list);
        searcher.cache(new TotalsKey(key, others), totals(c, others)); // free: the same pass
      }
    }
    return list;
  }

  private static Totals totals(CountingCollector c, FacetFilter filter) throws IOException {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String dim : DIMENSIONS) {
      if (filter.selected(dim).isEmpty()) {
        facets.put(dim, FacetLists.list(c, dim, Set.of()));
      }
    }
    return new Totals(c.totalReports(), c.totalSections(), Map.copyOf(c.yearCounts()), Map.copyOf(facets));
  }

  private CountingCollector run(Query query, FacetFilter filter) throws IOException {
    CountingCollector c = new CountingCollector(searcher.columns(), searcher.ordinals());
    searcher.search(filtered(query == null ? LuceneQueries.allSections() : query, filter), LuceneSearchService.single(c));
    return c;
  }

  /** {@code query} restricted to the sections passing {@code filter}. */
  Query filtered(Query query, FacetFilter filter) throws IOException {
    if (filter.isEmpty()) {
      return query;
    }
    ResolvedFilter resolved = ResolvedFilter.of(filter, searcher.ordinals());
    ReportFilterQuery f = new ReportFilterQuery(searcher.columns(), resolved, searcher.filterBits(filter, resolved));
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(f, Occur.FILTER).build();
  }
}
