package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.stats.Measure;

/**
 * The search page's 按数据筛选 parts: the form (measure, 最小值, 最大值, order), the chip of an active range,
 * and the measure's value on each hit.
 */
final class MeasureViews {
  private MeasureViews() {}

  /** The parameters the 按数据筛选 form sets itself (the other state goes in hidden fields). */
  static final List<String> OWN =
      List.of(
          SearchParams.MEASURE,
          SearchParams.MIN,
          SearchParams.MAX,
          SearchParams.ORDER,
          SearchParams.PAGE);

  /** The form for {@code request}; {@code links}: the current state on page 1. */
  static SearchPage.DataForm form(SearchRequest request, Links links) {
    MeasureFilter m = request.measure();
    boolean byMeasure = request.sort() == SortOrder.MEASURE;
    List<SearchPage.Field> hidden = new ArrayList<>();
    for (var e : links.params()) {
      boolean measureSort = e.getKey().equals(SearchParams.SORT) && byMeasure;
      boolean facetQuery = e.getKey().startsWith(SearchParams.FACET_QUERY); // fq_county=…
      if (!OWN.contains(e.getKey()) && !measureSort && !facetQuery) {
        hidden.add(new SearchPage.Field(e.getKey(), e.getValue()));
      }
    }
    List<SearchPage.MeasureOption> options = new ArrayList<>();
    for (Measure x : Measure.values()) {
      options.add(
          new SearchPage.MeasureOption(x.key(), x.label(), m != null && m.key().equals(x.key())));
    }
    String order = !byMeasure || m == null ? "" : m.ascending() ? "asc" : "desc";
    return new SearchPage.DataForm(
        hidden,
        options,
        m == null || m.min() == null ? "" : m.min().toString(),
        m == null || m.max() == null ? "" : m.max().toString(),
        order,
        m != null);
  }

  /** The chip of an active range ({@code 本年新收 ≥ 10}), or {@code null}. */
  static SearchPage.Chip chip(SearchRequest request, Links links) {
    MeasureFilter m = request.measure();
    if (m == null || !m.restricts()) {
      return null;
    }
    Links removed = links.without(SearchParams.MIN).without(SearchParams.MAX);
    if (request.sort() != SortOrder.MEASURE) {
      removed = removed.without(SearchParams.MEASURE);
    }
    return new SearchPage.Chip("数据：" + range(m), removed.search());
  }

  /** {@code 本年新收 ≥ 10}, {@code 本年新收 ≤ 5}, {@code 本年新收 10–20}. */
  static String range(MeasureFilter m) {
    String label = m.measure().label();
    if (m.min() != null && m.max() != null) {
      return m.min().equals(m.max())
          ? label + " = " + m.min()
          : label + " " + m.min() + "–" + m.max();
    }
    return m.min() != null ? label + " ≥ " + m.min() : label + " ≤ " + m.max();
  }

  /** {@code 本年新收：12} on a hit ({@code 本年新收：无数据} without a value), or {@code null}. */
  static String value(SearchRequest request, ReportHit h) {
    MeasureFilter m = request.measure();
    if (m == null || m.measure() == null) {
      return null;
    }
    return m.measure().label()
        + "："
        + (h.measureValue() == null ? "无数据" : h.measureValue().toString());
  }
}
