package org.nianbao.search;

import java.util.Map;

/**
 * The statistics numbers of one matching report (数据 page, {@code /stats.csv}).
 *
 * @param values measure key ({@code org.nianbao.stats.Measure#key()}) → value, only the measures
 *     that were read
 * @param unreadable a statistics table is in the report but could not be (fully) read
 * @param province the report's province, or {@code null}
 * @param city the report's city, or {@code null}
 */
public record ReportNumbers(
    String id,
    String title,
    String agency,
    String county,
    Integer year,
    Map<String, Integer> values,
    boolean unreadable,
    String province,
    String city) {

  public ReportNumbers {
    values = Map.copyOf(values);
  }

  /** Numbers without province and city. */
  public ReportNumbers(
      String id,
      String title,
      String agency,
      String county,
      Integer year,
      Map<String, Integer> values,
      boolean unreadable) {
    this(id, title, agency, county, year, values, unreadable, null, null);
  }
}
