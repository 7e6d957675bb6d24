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
    boolean partial) {

  /** A complete result. */
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
    this(query, total, totalSections, page, size, tookMs, results, facets, notices, false);
  }
}
