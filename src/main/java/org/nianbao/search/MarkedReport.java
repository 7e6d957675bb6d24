package org.nianbao.search;

import java.util.List;
import java.util.Map;
import org.nianbao.ingest.Report;

/**
 * A whole stored report plus, when a query was given, the ranges of each section's text that match
 * it (keyed by section number), and its statistics tables as stored at indexing time ({@code null}
 * for an index written before they were stored).
 */
public record MarkedReport(
    Report report,
    Map<Integer, List<Mark>> marks,
    @com.fasterxml.jackson.annotation.JsonIgnore org.nianbao.stats.Statistics statistics) {

  /**
   * A report without stored statistics ({@code statistics} is then {@code null}: read them from the
   * text).
   */
  public MarkedReport(Report report, Map<Integer, List<Mark>> marks) {
    this(report, marks, null);
  }
}
