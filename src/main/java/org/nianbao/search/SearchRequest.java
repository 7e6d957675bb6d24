package org.nianbao.search;

import java.util.List;

/**
 * What the user asked for: query text, facet filters, order and page.
 *
 * @param query raw query text as typed (may be empty: browse the filtered reports)
 * @param counties selected county values (OR'ed)
 * @param agencies selected agency values (OR'ed)
 * @param years selected years (OR'ed)
 * @param sections selected section numbers (OR'ed)
 * @param sort result order
 * @param page 1-based page number
 * @param size reports per page
 */
public record SearchRequest(
    String query,
    List<String> counties,
    List<String> agencies,
    List<Integer> years,
    List<Integer> sections,
    SortOrder sort,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 500;
  public static final int MAX_PAGE = 10_000;

  public SearchRequest {
    query = query == null ? "" : query;
    counties = List.copyOf(counties);
    agencies = List.copyOf(agencies);
    years = List.copyOf(years);
    sections = List.copyOf(sections);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A request for {@code query} with no filters, first page, default size. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, DEFAULT_SIZE);
  }
}
