package org.nianbao.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;

/** The JSON of {@code /api/stats}, shared with {@code nianbao stats --json}. */
public final class StatsJson {
  private StatsJson() {}

  /** The {@code measure} keys accepted (every measure, then the rates). */
  public static List<String> measureKeys() {
    return StatMeasures.ALL.stream().map(StatMeasures::key).toList();
  }

  /**
   * The totals of {@code numbers} for the measure {@code measureKey} (one of {@link
   * #measureKeys()}): {@code measure}, {@code reports}, {@code with_value}, {@code unreadable},
   * {@code total}, {@code by_year}, {@code by_county}, {@code by_agency} and {@code ranking}.
   */
  public static Map<String, Object> of(
      SearchRequest request, String measureKey, List<ReportNumbers> numbers) {
    return of(StatsPages.build(request, StatMeasures.parse(measureKey), numbers));
  }

  static Map<String, Object> of(StatsPage p) {
    Map<String, Object> json = new LinkedHashMap<>();
    Map<String, Object> measure = new LinkedHashMap<>();
    measure.put("key", p.measureKey());
    measure.put("label", p.measureLabel());
    json.put("measure", measure);
    json.put("reports", p.reports());
    json.put("with_value", p.withValue());
    json.put("unreadable", p.unreadable());
    json.put("total", p.total());
    for (StatsPage.GroupTable g : p.groups()) {
      json.put(g.id().replace('-', '_'), g.rows());
    }
    json.put("ranking", p.ranking());
    return json;
  }
}
