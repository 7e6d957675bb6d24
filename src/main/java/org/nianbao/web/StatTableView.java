package org.nianbao.web;

import java.util.List;

/**
 * One statistics table of a report as the report page shows it: a caption, groups of rows that
 * share their column headers, and the failed checks that concern the table.
 *
 * @param id the table's element id ({@code stat-active}, {@code stat-requests}, {@code
 *     stat-reviews})
 * @param caption distinct caption, e.g. {@code 表三 收到和处理政府信息公开申请情况}
 * @param groups runs of rows with the same columns, each printed with its own header row
 * @param checks failed checks (Chinese messages) that concern this table
 * @param warnings what of this table could not be read (the extractor's warnings)
 */
public record StatTableView(
    String id, String caption, List<Group> groups, List<String> checks, List<String> warnings) {

  /** Rows sharing one header row. */
  public record Group(List<String> columns, List<Row> rows) {}

  /** A row header and its cells, in column order. */
  public record Row(String label, List<Cell> cells) {}

  /**
   * A cell: its number as text ({@code —} when it could not be read), whether a failed check
   * involves it.
   */
  public record Cell(String text, boolean absent, boolean failed) {
    public String cssClass() {
      return "num" + (failed ? " check-failed" : "") + (absent ? " absent" : "");
    }
  }
}
