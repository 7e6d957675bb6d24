package org.nianbao.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.stats.StatRow;
import org.nianbao.stats.StatTable;

/**
 * Builds the {@link StatTableView}s of a report from its statistics records, marking the cells a
 * failed check names (the messages of {@code ConsistencyChecks}: 表三「列」列, 表三「行」行, 表四「行」, 正文称…).
 */
final class StatTables {
  static final String TOTAL = "总计";
  static final String NEW = "一、本年新收政府信息公开申请数量";
  static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量";
  static final String HANDLED_TOTAL = "（七）总计";
  static final String CARRIED_FORWARD = "四、结转下年度继续办理";

  private static final Pattern COLUMN = Pattern.compile("^表三「([^」]+)」列：");
  private static final Pattern ROW = Pattern.compile("^表三「([^」]+)」行：");
  private static final Pattern REVIEW_ROW = Pattern.compile("^表四「([^」]+)」：");

  private StatTables() {}

  /** The view of {@code table} ({@code key}: active, requests, reviews), or null when absent. */
  static StatTableView view(
      String key, StatTable table, List<String> allChecks, List<String> allWarnings) {
    if (table == null) {
      return null;
    }
    String prefix =
        switch (key) {
          case "active" -> "表二";
          case "requests" -> "表三";
          default -> "表四";
        };
    List<String> checks = new ArrayList<>();
    Set<String> failed = new HashSet<>(); // row + "\u0000" + column
    for (String message : allChecks) {
      if (message.startsWith(prefix)) {
        checks.add(message);
        mark(message, failed);
      } else if (key.equals("requests") && message.startsWith("正文称")) {
        checks.add(message);
        failed.add(NEW + "\u0000" + TOTAL);
      }
    }
    List<StatTableView.Group> groups = new ArrayList<>();
    List<String> columns = null;
    List<StatTableView.Row> rows = null;
    for (StatRow r : table.rows()) {
      List<String> cols = List.copyOf(r.cells().keySet());
      if (!Objects.equals(cols, columns)) {
        columns = cols;
        rows = new ArrayList<>();
        groups.add(new StatTableView.Group(cols, rows));
      }
      List<StatTableView.Cell> cells = new ArrayList<>();
      for (String c : cols) {
        Number v = r.cell(c);
        cells.add(
            new StatTableView.Cell(
                v == null ? "—" : text(v), v == null, failed.contains(r.label() + "\u0000" + c)));
      }
      rows.add(new StatTableView.Row(r.label(), cells));
    }
    String title = table.title().replaceFirst("^[一二三四五六七八九十]+、", "");
    List<String> warnings = allWarnings.stream().filter(w -> w.startsWith(prefix)).toList();
    return new StatTableView("stat-" + key, prefix + " " + title, groups, checks, warnings);
  }

  private static void mark(String message, Set<String> failed) {
    Matcher m = COLUMN.matcher(message);
    if (m.find()) {
      String column = m.group(1);
      List<String> rows =
          message.contains("本年新收加上年结转")
              ? List.of(NEW, CARRIED_OVER, HANDLED_TOTAL, CARRIED_FORWARD)
              : List.of(HANDLED_TOTAL);
      for (String row : rows) {
        failed.add(row + "\u0000" + column);
      }
      return;
    }
    m = ROW.matcher(message);
    if (!m.find()) {
      m = REVIEW_ROW.matcher(message);
      if (!m.find()) {
        return;
      }
    }
    failed.add(m.group(1) + "\u0000" + TOTAL);
  }

  private static String text(Number v) {
    return v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
  }
}
