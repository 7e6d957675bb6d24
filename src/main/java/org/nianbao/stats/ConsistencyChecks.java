package org.nianbao.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;

/**
 * The consistency checks (勾稽关系) within one report; each failed check is a one-line Chinese message.
 * Checks whose cells are absent are skipped, never guessed. Numbers are shown, never "fixed".
 */
public final class ConsistencyChecks {

  /** {@code 共收到政府信息公开申请17件}, {@code 受理政府信息公开申请 17 件}, {@code 共收到申请0件}. */
  private static final Pattern PROSE_NEW_REQUESTS =
      Pattern.compile(
          "(?:收到|受理|新收)(?:各类|政府信息公开|信息公开|依申请公开|公开)*申请" + "(?:共计|总计|合计|共)?\\s*(\\d+)\\s*[件个条]");

  private static final List<String> TRIGGERS = List.of("收到", "受理", "新收");
  private static final int MAX_TRIGGER_GAP = 16;

  private ConsistencyChecks() {}

  /** The failed checks of {@code report} whose statistics are {@code stats}. */
  public static List<String> check(Report report, Statistics stats) {
    List<String> failed = new ArrayList<>();
    if (stats.requests() != null) {
      requests(stats.requests(), failed);
      prose(report, stats, failed);
    }
    if (stats.reviews() != null) {
      reviews(stats.reviews(), failed);
    }
    return failed;
  }

  private static void requests(StatTable t, List<String> failed) {
    List<String> results = TableFormats.resultRows(specs(t));
    for (String column : TableFormats.APPLICANTS) {
      Integer sum = sum(t, results, column);
      Integer total = t.intCell(TableFormats.HANDLED_TOTAL, column);
      if (sum != null && total != null && !sum.equals(total)) {
        failed.add("表三「" + column + "」列：本年度办理结果各项之和为" + sum + "，但（七）总计为" + total);
      }
      Integer in =
          add(t.intCell(TableFormats.NEW, column), t.intCell(TableFormats.CARRIED_OVER, column));
      Integer out = add(total, t.intCell(TableFormats.CARRIED_FORWARD, column));
      if (in != null && out != null && !in.equals(out)) {
        failed.add("表三「" + column + "」列：本年新收加上年结转为" + in + "，但办理结果总计加结转下年度为" + out);
      }
    }
    List<String> applicants =
        TableFormats.APPLICANTS.subList(0, TableFormats.APPLICANTS.size() - 1);
    for (StatRow row : t.rows()) {
      Integer sum = sum(row, applicants);
      Integer total = row.intCell(TableFormats.TOTAL);
      if (sum != null && total != null && !sum.equals(total)) {
        failed.add("表三「" + row.label() + "」行：六类申请人之和为" + sum + "，但总计为" + total);
      }
    }
  }

  private static void reviews(StatTable t, List<String> failed) {
    List<String> parts = TableFormats.OUTCOMES.subList(0, TableFormats.OUTCOMES.size() - 1);
    for (StatRow row : t.rows()) {
      Integer sum = sum(row, parts);
      Integer total = row.intCell(TableFormats.TOTAL);
      if (sum != null && total != null && !sum.equals(total)) {
        failed.add("表四「" + row.label() + "」：结果维持、结果纠正、其他结果、尚未审结之和为" + sum + "，但总计为" + total);
      }
    }
  }

  private static void prose(Report report, Statistics stats, List<String> failed) {
    Integer table = stats.newRequests();
    if (table == null) {
      return;
    }
    for (Section s : report.sections()) {
      if (!mentionsRequests(s.text())) {
        continue;
      }
      Matcher m = PROSE_NEW_REQUESTS.matcher(s.text().replace("\n", ""));
      while (m.find()) {
        int stated = Integer.parseInt(m.group(1));
        if (stated != table) {
          failed.add("正文称「" + m.group().replaceAll("\\s+", "") + "」，但表三本年新收政府信息公开申请总计为" + table);
        }
      }
    }
  }

  /** A cheap test before the regular expression: a trigger word closely followed by 申请. */
  private static boolean mentionsRequests(String text) {
    for (String trigger : TRIGGERS) {
      for (int at = text.indexOf(trigger); at >= 0; at = text.indexOf(trigger, at + 1)) {
        int apply = text.indexOf("申请", at);
        if (apply >= 0 && apply - at <= MAX_TRIGGER_GAP) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<RowSpec> specs(StatTable t) {
    List<RowSpec> specs = new ArrayList<>();
    for (StatRow r : t.rows()) {
      specs.add(new RowSpec(r.label(), List.copyOf(r.cells().keySet())));
    }
    return specs;
  }

  private static Integer sum(StatTable t, List<String> rows, String column) {
    int sum = 0;
    for (String r : rows) {
      Integer v = t.intCell(r, column);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  private static Integer sum(StatRow row, List<String> columns) {
    int sum = 0;
    for (String c : columns) {
      Integer v = row.intCell(c);
      if (v == null) {
        return null;
      }
      sum += v;
    }
    return sum;
  }

  private static Integer add(Integer a, Integer b) {
    return a == null || b == null ? null : a + b;
  }
}
