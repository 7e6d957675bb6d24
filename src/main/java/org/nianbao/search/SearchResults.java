package org.nianbao.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results grouped by report, with facet counts.
 *
 * @param query the query as given
 * @param total number of matching reports
 * @param totalSections number of matching sections
 * @param page 1-based page number actually served
 * @param size page size actually used (after capping)
 * @param tookMs time spent searching
 * @param results the reports on this page
 * @param facets facet dimension to values with report counts
 * @param notices messages for the user about adjustments made (e.g. a capped page size)
 * @param partial whether the search stopped at its deadline (or was cancelled) before it was
 *     complete: totals, facets and the page may then miss matches (a notice says so)
 * @param sort the order the results are in: the order asked for, except that a query with nothing
 *     to rank asked for relevance comes newest first ({@link SortOrder#forQuery})
 * @param rankable whether the query has something to rank by relevance ({@link
 *     org.nianbao.search.query.ParsedQuery#rankable()}); without, relevance is not on offer
 */
public record SearchResults(
    String query,
    long total,
    long totalSections,
    int page,
    int size,
    long tookMs,
    List<ReportHit> results,
    Map<Facet, List<FacetValue>> facets,
    List<String> notices,
    boolean partial,
    SortOrder sort,
    boolean rankable) {

  public SearchResults {
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A complete result of a query ranked by relevance. */
  public SearchResults(
      String query,
      long total,
      long totalSections,
      int page,
      int size,
      long tookMs,
      List<ReportHit> results,
      Map<Facet, List<FacetValue>> facets,
      List<String> notices) {
    this(
        query,
        total,
        totalSections,
        page,
        size,
        tookMs,
        results,
        facets,
        notices,
        false,
        SortOrder.RELEVANCE,
        true);
  }
}
