package org.nianbao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;

/** Totals the numbers of the matching reports into a {@link StatsPage}. */
final class StatsPages {
  static final int RANKING = 20;
  static final int GROUP_ROWS = 50;
  private static final int CHART_W = 640;
  private static final int CHART_H = 240;
  private static final int TOP = 24;
  private static final int BOTTOM = 28;

  private StatsPages() {}

  /**
   * The dimensions totals are given by, each a filter of the search ({@code key} is its parameter),
   * so every group links to the 数据 page narrowed to it (province › city › county drill down).
   */
  enum Dimension {
    YEAR("year", "年度", n -> n.year() == null ? null : n.year().toString()),
    PROVINCE("province", "省份", ReportNumbers::province),
    CITY("city", "地市", ReportNumbers::city),
    COUNTY("county", "区县", ReportNumbers::county),
    AGENCY("agency", "发布机关", ReportNumbers::agency);

    final String key;
    final String label;
    final Function<ReportNumbers, String> value;

    Dimension(String key, String label, Function<ReportNumbers, String> value) {
      this.key = key;
      this.label = label;
      this.value = value;
    }
  }

  static StatsPage build(SearchRequest request, StatMeasures m, List<ReportNumbers> numbers) {
    StatMeasures.Total total = new StatMeasures.Total();
    long unreadable = 0;
    List<ReportNumbers> with = new ArrayList<>();
    for (ReportNumbers n : numbers) {
      if (n.unreadable()) {
        unreadable++;
      }
      if (m.has(n)) {
        total.add(m, n);
        with.add(n);
      }
    }
    List<StatsPage.GroupTable> groups = new ArrayList<>();
    Map<String, StatMeasures.Total> byYear = null;
    Links links = Links.of(filters(request));
    Links withMeasure = links.with(SearchParams.MEASURE, m.key());
    for (Dimension d : Dimension.values()) {
      Map<String, StatMeasures.Total> totals = totals(with, m, d);
      if (d == Dimension.YEAR) {
        byYear = totals;
      }
      List<Map.Entry<String, StatMeasures.Total>> entries =
          d == Dimension.YEAR
              ? new ArrayList<>(totals.entrySet())
              : top( // largest first; ties by name
                  totals.entrySet(),
                  GROUP_ROWS,
                  Comparator.comparingDouble(
                          (Map.Entry<String, StatMeasures.Total> e) ->
                              -orZero(e.getValue().value(m)))
                      .thenComparing(Map.Entry::getKey));
      List<StatsPage.GroupRow> rows = new ArrayList<>();
      for (var e : entries.subList(0, Math.min(GROUP_ROWS, entries.size()))) {
        boolean selected = links.values(d.key).contains(e.getKey());
        rows.add(
            new StatsPage.GroupRow(
                e.getKey(),
                m.format(e.getValue().value(m)),
                e.getValue().reports,
                selected ? null : at("/stats", withMeasure.plus(d.key, e.getKey()))));
      }
      groups.add(
          new StatsPage.GroupTable("by-" + d.key, m.label() + " 按" + d.label, d.label, rows));
    }
    return new StatsPage(
        request.query(),
        m.key(),
        m.label(),
        StatMeasures.ALL.stream()
            .map(o -> new StatsPage.Option(o.key(), o.label(), o.equals(m)))
            .toList(),
        hidden(links),
        numbers.size(),
        with.size(),
        unreadable,
        m.format(total.value(m)),
        groups,
        ranking(with, m),
        chart(m, byYear),
        links.search(),
        at("/stats.csv", links),
        at("/api/stats", links.with("measure", m.key())));
  }

  /**
   * The query and filters of {@code r} only, a measure range included (sort, page and size are not
   * the 数据 page's).
   */
  static SearchRequest filters(SearchRequest r) {
    var m = r.measure();
    return new SearchRequest(
        r.query(),
        r.counties(),
        r.agencies(),
        r.years(),
        r.sections(),
        org.nianbao.search.SortOrder.RELEVANCE,
        1,
        SearchRequest.DEFAULT_SIZE,
        r.provinces(),
        r.cities(),
        r.topics(),
        m == null || !m.restricts()
            ? null
            : new org.nianbao.search.MeasureFilter(m.key(), m.min(), m.max(), false));
  }

  static String at(String path, Links links) {
    String qs = links.queryString();
    return qs.isEmpty() ? path : path + "?" + qs;
  }

  /**
   * The first {@code n} of {@code all} in {@code order}, sorted (a bounded heap: at 100,000 reports
   * the groups by agency and the ranking are never sorted whole).
   */
  static <T> List<T> top(java.util.Collection<T> all, int n, Comparator<T> order) {
    java.util.PriorityQueue<T> heap = new java.util.PriorityQueue<>(n + 1, order.reversed());
    for (T t : all) {
      if (heap.size() < n) {
        heap.add(t);
      } else if (order.compare(t, heap.peek()) < 0) {
        heap.poll();
        heap.add(t);
      }
    }
    List<T> out = new ArrayList<>(heap);
    out.sort(order);
    return out;
  }

  private static double orZero(double v) {
    return Double.isNaN(v) ? -1 : v;
  }

  private static List<StatsPage.Hidden> hidden(Links links) {
    List<StatsPage.Hidden> out = new ArrayList<>();
    for (Map.Entry<String, String> e : links.params()) {
      if (MeasureViews.OWN.contains(e.getKey())) {
        continue; // the form chooses the measure; a new measure starts without a range
      }
      out.add(new StatsPage.Hidden(e.getKey(), e.getValue()));
    }
    return out;
  }

  static Map<String, StatMeasures.Total> totals(
      List<ReportNumbers> with, StatMeasures m, Dimension d) {
    Map<String, StatMeasures.Total> totals =
        d == Dimension.YEAR ? new TreeMap<>() : new LinkedHashMap<>();
    for (ReportNumbers n : with) {
      String key = d.value.apply(n);
      if (key != null) {
        totals.computeIfAbsent(key, k -> new StatMeasures.Total()).add(m, n);
      }
    }
    return totals;
  }

  private static List<StatsPage.RankRow> ranking(List<ReportNumbers> with, StatMeasures m) {
    List<Map.Entry<ReportNumbers, Double>> scored = new ArrayList<>();
    for (ReportNumbers n : with) {
      StatMeasures.Total t = new StatMeasures.Total();
      t.add(m, n);
      double v = t.value(m);
      if (!Double.isNaN(v)) {
        scored.add(Map.entry(n, v));
      }
    }
    scored =
        top(
            scored,
            RANKING,
            Comparator.comparingDouble((Map.Entry<ReportNumbers, Double> e) -> -e.getValue())
                .thenComparing(e -> e.getKey().id()));
    List<StatsPage.RankRow> rows = new ArrayList<>();
    for (int i = 0; i < Math.min(RANKING, scored.size()); i++) {
      ReportNumbers n = scored.get(i).getKey();
      rows.add(
          new StatsPage.RankRow(
              i + 1,
              Links.reportPath(n.id()),
              n.title() == null || n.title().isBlank() ? n.id() : n.title(),
              n.agency(),
              n.year(),
              m.format(scored.get(i).getValue())));
    }
    return rows;
  }

  /** Bars by year, scaled to the largest value; no bars for years whose rate has no base. */
  static StatsPage.Chart chart(StatMeasures m, Map<String, StatMeasures.Total> byYear) {
    List<StatsPage.Bar> bars = new ArrayList<>();
    int n = byYear.size();
    double max = byYear.values().stream().mapToDouble(t -> orZero(t.value(m))).max().orElse(0);
    int baseline = CHART_H - BOTTOM;
    int slot = n == 0 ? CHART_W : CHART_W / n;
    int barW = Math.max(4, slot * 3 / 5);
    int i = 0;
    for (Map.Entry<String, StatMeasures.Total> e : byYear.entrySet()) {
      double v = e.getValue().value(m);
      int h = Double.isNaN(v) || max <= 0 ? 0 : (int) Math.round((baseline - TOP) * v / max);
      int x = i * slot + (slot - barW) / 2;
      bars.add(
          new StatsPage.Bar(
              x, baseline - h, barW, h, x + barW / 2, baseline - h - 6, e.getKey(), m.format(v)));
      i++;
    }
    return new StatsPage.Chart(m.label() + " 按年度", CHART_W, CHART_H, baseline, bars);
  }
}
