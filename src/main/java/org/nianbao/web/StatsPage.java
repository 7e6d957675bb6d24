package org.nianbao.web;

import java.util.List;

/**
 * Everything {@code stats.jte} (数据) shows for the current query and filters: the chosen measure,
 * its total, totals by year, county and agency, a ranking of reports, and a bar chart by year
 * (inline SVG, geometry computed here).
 */
public record StatsPage(
    String query,
    String measureKey,
    String measureLabel,
    List<Option> measures,
    List<Hidden> hidden,
    long reports,
    long withValue,
    long unreadable,
    String total,
    List<GroupTable> groups,
    List<RankRow> ranking,
    Chart chart,
    String searchUrl,
    String csvUrl,
    String apiUrl) {

  /** A choice of the measure selector. */
  public record Option(String key, String label, boolean selected) {}

  /** A filter carried by the measure form as a hidden field. */
  public record Hidden(String name, String value) {}

  /** Totals by one dimension (年度, 区县, 发布机关). */
  public record GroupTable(String id, String caption, String dimension, List<GroupRow> rows) {}

  /**
   * One group: its name, the measure's value, how many reports have it, and the 数据 page narrowed to
   * it ({@code null} when it is already selected; not in the JSON).
   */
  public record GroupRow(
      String label,
      String value,
      long reports,
      @com.fasterxml.jackson.annotation.JsonIgnore String url) {}

  /** One ranked report. */
  public record RankRow(
      int rank, String url, String title, String agency, Integer year, String value) {}

  /** A bar chart: its title and the bars with their geometry (SVG user units). */
  public record Chart(String title, int width, int height, int baseline, List<Bar> bars) {}

  /** One bar with its value label above it and its category label below. */
  public record Bar(
      int x, int y, int width, int height, int labelX, int valueY, String label, String value) {}
}
