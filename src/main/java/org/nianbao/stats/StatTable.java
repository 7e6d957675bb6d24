package org.nianbao.stats;

import java.util.List;

/**
 * One of the three standard statistics tables of a report, rows in template order.
 *
 * @param title canonical table title, e.g. {@code 三、收到和处理政府信息公开申请情况}
 * @param rows every row of the table's format; rows that could not be read have absent cells
 */
public record StatTable(String title, List<StatRow> rows) {

  public StatTable {
    rows = List.copyOf(rows);
  }

  /** The row with this canonical label, or {@code null}. */
  public StatRow row(String label) {
    for (StatRow r : rows) {
      if (r.label().equals(label)) {
        return r;
      }
    }
    return null;
  }

  /** The integer cell at ({@code rowLabel}, {@code column}), or {@code null} when absent. */
  public Integer intCell(String rowLabel, String column) {
    StatRow r = row(rowLabel);
    return r == null ? null : r.intCell(column);
  }
}
