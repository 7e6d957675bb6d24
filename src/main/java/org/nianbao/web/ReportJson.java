package org.nianbao.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.search.MarkedReport;
import org.nianbao.stats.ConsistencyChecks;
import org.nianbao.stats.Statistics;

/**
 * The JSON of {@code /api/reports/{id}}: {@code report} and {@code marks} (the {@link
 * MarkedReport}), then {@code statistics} and {@code checks} in the shape of {@code parse --json}.
 */
final class ReportJson {
  private ReportJson() {}

  static Map<String, Object> of(MarkedReport marked) {
    Statistics stats = ReportPages.statistics(marked);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("report", marked.report());
    json.put("marks", marked.marks());
    json.put("statistics", stats.toJson());
    json.put("checks", ConsistencyChecks.check(marked.report(), stats));
    return json;
  }
}
