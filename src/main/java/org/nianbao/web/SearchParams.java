package org.nianbao.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.FacetValue;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/**
 * The one place that turns HTTP query parameters into a {@link SearchRequest}.
 *
 * <p>Empty values are ignored (forms send {@code sort=}), repeated filters are a multi-select, and
 * anything that cannot be understood is a {@link HttpProblem#badRequest}.
 */
final class SearchParams {
  static final String Q = "q";
  static final String COUNTY = "county";
  static final String PROVINCE = "province";
  static final String CITY = "city";
  static final String AGENCY = "agency";
  static final String YEAR = "year";
  static final String SECTION = "section";
  static final String TOPIC = "topic";
  static final String SORT = "sort";
  static final String PAGE = "page";
  static final String SIZE = "size";
  static final String FACET_LIMIT = "facetLimit";
  static final String FACET_SORT = "facetSort";
  static final String FACET_ALL = "facetAll";
  static final String MEASURE = "measure";
  static final String MIN = "min";
  static final String MAX = "max";
  static final String ORDER = "order";

  /** Prefix of a facet's own search box: {@code fq_county=金}. */
  static final String FACET_QUERY = "fq_";

  /** More values than this for one parameter is a 400 (a real form never sends that many). */
  static final int MAX_VALUES = 50;

  private SearchParams() {}

  /** Parses the query parameters of {@code /search} and {@code /api/search}. */
  static SearchRequest parse(Map<String, List<String>> params) {
    params.forEach(
        (name, values) -> {
          if (values.size() > MAX_VALUES) {
            throw bad("参数 " + abbreviate(name) + " 的取值太多：最多 " + MAX_VALUES + " 个");
          }
        });
    String query = first(params, Q).orElse("");
    List<String> counties = strings(params, COUNTY);
    List<String> agencies = strings(params, AGENCY);
    List<Integer> years = years(params);
    List<Integer> sections = ints(params, SECTION, "章节");
    SortOrder sort =
        first(params, SORT)
            .map(
                s ->
                    SortOrder.parse(s)
                        .orElseThrow(() -> bad("排序方式只能是相关度、最新或最早，或按统计项（sort=measure）")))
            .orElse(SortOrder.RELEVANCE);
    Boolean ascending =
        first(params, ORDER)
            .map(
                o ->
                    switch (o) {
                      case "asc" -> true;
                      case "desc" -> false;
                      default -> throw bad("参数 order 只能是 desc（从多到少）或 asc（从少到多）");
                    })
            .orElse(null);
    if (ascending != null) {
      sort = SortOrder.MEASURE;
    }
    MeasureFilter measure = measure(params, sort, ascending != null && ascending);
    int page =
        first(params, PAGE)
            .map(
                p ->
                    positive(
                        p,
                        SearchRequest.MAX_PAGE,
                        "页码必须是 1 到 " + SearchRequest.MAX_PAGE + " 之间的整数"))
            .orElse(1);
    int size =
        first(params, SIZE)
            .map(s -> positive(s, Integer.MAX_VALUE, "每页条数必须是正整数"))
            .orElse(SearchRequest.DEFAULT_SIZE);
    return new SearchRequest(query, counties, agencies, years, sections, sort, page, size)
        .withPlaces(strings(params, PROVINCE), strings(params, CITY))
        .withTopics(strings(params, TOPIC))
        .withMeasure(measure);
  }

  /** The year value of {@code year} in URLs: the year, or 未识别 for the reports without one. */
  static String yearValue(int year) {
    return year == SearchRequest.UNKNOWN_YEAR ? FacetValue.UNKNOWN : Integer.toString(year);
  }

  /** Years: integers, or 未识别 ({@link SearchRequest#UNKNOWN_YEAR}). */
  private static List<Integer> years(Map<String, List<String>> params) {
    List<Integer> values = new ArrayList<>();
    for (String v : strings(params, YEAR)) {
      Integer n;
      if (FacetValue.UNKNOWN.equals(v)) {
        n = SearchRequest.UNKNOWN_YEAR;
      } else {
        try {
          n = Integer.valueOf(v);
        } catch (NumberFormatException e) {
          throw bad("年度必须是整数：" + abbreviate(v) + "（或“未识别”）");
        }
      }
      if (!values.contains(n)) {
        values.add(n);
      }
    }
    return values;
  }

  /**
   * The measure to filter ({@code min}, {@code max}) or sort by, or {@code null} when neither is
   * asked. A {@code measure} alone only chooses what the 数据 page totals: it must be known there.
   */
  private static MeasureFilter measure(
      Map<String, List<String>> params, SortOrder sort, boolean ascending) {
    String key = first(params, MEASURE).orElse(null);
    Integer min = first(params, MIN).map(v -> integer(v, MIN)).orElse(null);
    Integer max = first(params, MAX).map(v -> integer(v, MAX)).orElse(null);
    boolean used = min != null || max != null || sort == SortOrder.MEASURE;
    if (key == null) {
      if (used) {
        throw bad("按数据筛选或排序需要参数 measure（统计项，如 new_requests）");
      }
      return null;
    }
    if (org.nianbao.stats.Measure.byKey(key) == null) {
      StatMeasures.parse(key); // a 400 naming it, unless the 数据 page knows it (a rate)
      if (used) {
        throw bad("统计项 " + key + " 不能用于筛选或排序（可用：" + MeasureFilter.keys() + "）");
      }
      return null;
    }
    if (min != null && max != null && min > max) {
      throw bad("参数 min（" + min + "）不能大于 max（" + max + "）");
    }
    return used ? new MeasureFilter(key, min, max, ascending) : null;
  }

  private static int integer(String value, String name) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw bad("参数 " + name + " 必须是整数：" + abbreviate(value));
    }
  }

  /**
   * The facet list options: {@code facetLimit} (0 = every value), {@code facetSort=pinyin}, {@code
   * facetAll=county} and each facet's search text {@code fq_county=金}.
   */
  static FacetOptions facetOptions(Map<String, List<String>> params) {
    int limit =
        first(params, FACET_LIMIT)
            .map(
                s ->
                    "0".equals(s)
                        ? 0
                        : positive(s, Integer.MAX_VALUE, "facetLimit 必须是非负整数（0 表示列出全部取值）"))
            .orElse(FacetOptions.DEFAULT_LIMIT);
    boolean pinyin =
        first(params, FACET_SORT)
            .map(
                s ->
                    switch (s) {
                      case "pinyin" -> true;
                      case "count" -> false;
                      default -> throw bad("筛选项排序只能是 count（按数量）或 pinyin（按拼音）");
                    })
            .orElse(false);
    Map<Facet, String> contains = new EnumMap<>(Facet.class);
    List<Facet> all = new ArrayList<>();
    for (Facet f : Facet.values()) {
      first(params, FACET_QUERY + f.key())
          .ifPresent(v -> contains.put(f, v.length() > 50 ? v.substring(0, 50) : v));
      if (strings(params, FACET_ALL).contains(f.key())) {
        all.add(f);
      }
    }
    return new FacetOptions(limit, pinyin, contains, all);
  }

  /** The first value of {@code name}, if present; a query keeps its spaces, others are trimmed. */
  static Optional<String> first(Map<String, List<String>> params, String name) {
    for (String v : params.getOrDefault(name, List.of())) {
      String value = Q.equals(name) ? v : v.strip();
      if (!value.isBlank()) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static List<String> strings(Map<String, List<String>> params, String name) {
    LinkedHashSet<String> values = new LinkedHashSet<>();
    for (String v : params.getOrDefault(name, List.of())) {
      if (!v.isBlank()) {
        values.add(v.strip());
      }
    }
    return List.copyOf(values);
  }

  private static List<Integer> ints(Map<String, List<String>> params, String name, String label) {
    List<Integer> values = new ArrayList<>();
    for (String v : strings(params, name)) {
      try {
        Integer n = Integer.valueOf(v);
        if (!values.contains(n)) {
          values.add(n);
        }
      } catch (NumberFormatException e) {
        throw bad(label + "必须是整数：" + abbreviate(v));
      }
    }
    return values;
  }

  private static int positive(String value, int max, String message) {
    try {
      int n = Integer.parseInt(value);
      if (n < 1 || n > max) {
        throw bad(message);
      }
      return n;
    } catch (NumberFormatException e) {
      throw bad(message);
    }
  }

  /**
   * A user value fit to quote in a one-line message: at most 20 characters (never half a surrogate
   * pair), control, format and line-separator characters shown as {@code �}.
   */
  static String abbreviate(String s) {
    StringBuilder sb = new StringBuilder();
    int count = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (count++ == 20) {
        return sb.append('…').toString();
      }
      int type = Character.getType(cp);
      boolean invisible =
          Character.isISOControl(cp)
              || type == Character.FORMAT
              || type == Character.SURROGATE
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR;
      sb.appendCodePoint(invisible ? '\uFFFD' : cp);
      i += Character.charCount(cp);
    }
    return sb.toString();
  }

  private static HttpProblem bad(String message) {
    return HttpProblem.badRequest(message);
  }
}
