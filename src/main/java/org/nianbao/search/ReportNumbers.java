package org.nianbao.search;

import java.util.Map;

/**
 * The statistics numbers of one matching report (数据 page, {@code /stats.csv}).
 *
 * @param values measure key ({@code org.nianbao.stats.Measure#key()}) → value, only the measures
 *     that were read
 * @param unreadable a statistics table is in the report but could not be (fully) read
 */
public record ReportNumbers(
    String id,
    String title,
    String agency,
    String county,
    Integer year,
    Map<String, Integer> values,
    boolean unreadable) {

  public ReportNumbers {
    values = Map.copyOf(values);
  }
}
