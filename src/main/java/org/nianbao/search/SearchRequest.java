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
 * @param provinces selected provinces (OR'ed; a province selects every report placed below it)
 * @param cities selected cities (OR'ed)
 * @param topics selected section topics (OR'ed; {@code 复议诉讼} …, {@link FacetValue#UNKNOWN}:
 *     sections without a topic): like {@code sections}, they restrict the report-level unit to the
 *     sections of these topics
 * @param measure a statistics measure to filter by (its range) and/or sort by ({@link
 *     SortOrder#MEASURE}), or {@code null}
 */
public record SearchRequest(
    String query,
    List<String> counties,
    List<String> agencies,
    List<Integer> years,
    List<Integer> sections,
    SortOrder sort,
    int page,
    int size,
    List<String> provinces,
    List<String> cities,
    List<String> topics,
    MeasureFilter measure) {

  public static final int DEFAULT_SIZE = 10;
  public static final int MAX_SIZE = 500;
  public static final int MAX_PAGE = 10_000;

  /** The deepest result reachable by paging: page × size. */
  public static final int MAX_WINDOW = 100_000;

  /**
   * The year value that selects the reports whose year was not recognised ({@link
   * FacetValue#UNKNOWN} in the year facet, {@code year=未识别}).
   */
  public static final int UNKNOWN_YEAR = 0;

  public SearchRequest {
    query = query == null ? "" : query;
    counties = List.copyOf(counties);
    agencies = List.copyOf(agencies);
    years = List.copyOf(years);
    sections = List.copyOf(sections);
    provinces = provinces == null ? List.of() : List.copyOf(provinces);
    cities = cities == null ? List.of() : List.copyOf(cities);
    topics = topics == null ? List.of() : List.copyOf(topics);
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A request without topic selections or a measure. */
  public SearchRequest(
      String query,
      List<String> counties,
      List<String> agencies,
      List<Integer> years,
      List<Integer> sections,
      SortOrder sort,
      int page,
      int size,
      List<String> provinces,
      List<String> cities) {
    this(
        query, counties, agencies, years, sections, sort, page, size, provinces, cities, List.of(),
        null);
  }

  /** A request without province, city or topic selections. */
  public SearchRequest(
      String query,
      List<String> counties,
      List<String> agencies,
      List<Integer> years,
      List<Integer> sections,
      SortOrder sort,
      int page,
      int size) {
    this(query, counties, agencies, years, sections, sort, page, size, List.of(), List.of());
  }

  /** This request with {@code provinces} and {@code cities} selected. */
  public SearchRequest withPlaces(List<String> provinces, List<String> cities) {
    return new SearchRequest(
        query, counties, agencies, years, sections, sort, page, size, provinces, cities, topics,
        measure);
  }

  /** This request with the section {@code topics} selected. */
  public SearchRequest withTopics(List<String> topics) {
    return new SearchRequest(
        query, counties, agencies, years, sections, sort, page, size, provinces, cities, topics,
        measure);
  }

  /** This request for page {@code page} of {@code size} reports, every selection kept. */
  public SearchRequest withPage(int page, int size) {
    return new SearchRequest(
        query, counties, agencies, years, sections, sort, page, size, provinces, cities, topics,
        measure);
  }

  /** This request with {@code measure} to filter and/or sort by ({@code null}: none). */
  public SearchRequest withMeasure(MeasureFilter measure) {
    return new SearchRequest(
        query, counties, agencies, years, sections, sort, page, size, provinces, cities, topics,
        measure);
  }

  /**
   * Checks the measure: a known key, a sane range, and a measure to sort by when sorting by one.
   */
  public void checkMeasure() throws QueryException {
    if (measure != null) {
      measure.checked();
    } else if (sort == SortOrder.MEASURE) {
      throw new QueryException("按统计项排序需要指定统计项（measure）");
    }
  }

  /** A request for {@code query} with no filters, first page, default size. */
  public static SearchRequest of(String query) {
    return new SearchRequest(
        query, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, DEFAULT_SIZE);
  }

  /**
   * This request with its page and size checked: a size above {@link #MAX_SIZE} is capped (and a
   * notice for the user added to {@code notices}); anything else out of range is an error.
   */
  public SearchRequest checked(List<String> notices) throws QueryException {
    if (size < 1) {
      throw new QueryException("size 必须是 1 到 " + MAX_SIZE + " 之间的整数");
    }
    int capped = size;
    if (size > MAX_SIZE) {
      notices.add("每页最多显示 " + MAX_SIZE + " 份报告，已按 " + MAX_SIZE + " 份显示");
      capped = MAX_SIZE;
    }
    if (page < 1) {
      throw new QueryException("page 必须是正整数");
    }
    if ((long) page * capped > MAX_WINDOW) {
      throw new QueryException("页码太大：最多只能翻到第 " + MAX_WINDOW + " 份报告");
    }
    checkMeasure();
    return withPage(page, capped);
  }
}
