package org.nianbao.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;

/**
 * Reads the three standard statistics tables (二 主动公开, 三 收到和处理申请, 四 复议诉讼) from a report's sections.
 * A table the report does not have is absent without a warning (pre-2019 reports, tables stated
 * only in prose); a table that is there but cannot be read is absent with a warning; a row that
 * cannot be read keeps absent cells and is named in a warning.
 */
public final class StatisticsExtractor {

  private static final int REVIEW_CELLS =
      TableFormats.REVIEW_ROWS.size() * TableFormats.OUTCOMES.size();

  private StatisticsExtractor() {}

  /** The statistics of {@code report}. */
  public static Statistics extract(Report report) {
    List<String> warnings = new ArrayList<>();
    String whole = null;
    String activeText = text(report, s -> s.title().contains("主动公开"), 2);
    String requestsText = text(report, s -> s.title().contains("申请"), 3);
    String reviewsText = text(report, s -> s.title().contains("复议") || s.title().contains("诉讼"), 4);
    // a table whose section was not found (a heading lost in extraction) is looked for in the
    // whole text, from its first header word to the next table's
    if (!containsAny(Tokens.normalizeLabel(activeText), ACTIVE_ANCHORS)) {
      whole = whole(report);
      activeText = cut(whole, ACTIVE_ANCHORS, REQUESTS_ANCHORS, activeText);
    }
    if (!containsAny(Tokens.normalizeLabel(requestsText), REQUESTS_ANCHORS)) {
      whole = whole == null ? whole(report) : whole;
      requestsText = cut(whole, REQUESTS_ANCHORS, REVIEWS_ANCHORS, requestsText);
    }
    if (!reviewsHeader(Tokens.normalizeLabel(reviewsText))) {
      whole = whole == null ? whole(report) : whole;
      reviewsText = cut(whole, REVIEWS_ANCHORS, List.of("存在的主要问题"), reviewsText);
    }

    boolean format2019 =
        activeText.contains("新制作") || activeText.contains("上一年项目") || activeText.contains("对外公开总数");
    StatTable active =
        labelledTable(
            activeText,
            format2019 ? TableFormats.ACTIVE_2019 : TableFormats.ACTIVE_2021,
            TableFormats.ACTIVE_TITLE,
            "表二（主动公开政府信息情况）",
            t -> containsAny(t, ACTIVE_ANCHORS),
            warnings);
    boolean subRows =
        requestsText.contains("不补正")
            || requestsText.contains("收费通知")
            || requestsText.contains("缴纳费用");
    StatTable requests =
        labelledTable(
            requestsText,
            TableFormats.requests(subRows),
            TableFormats.REQUESTS_TITLE,
            "表三（收到和处理政府信息公开申请情况）",
            t -> containsAny(t, REQUESTS_ANCHORS),
            warnings);
    StatTable reviews = reviews(reviewsText, warnings);
    String format = active == null ? null : (format2019 ? "2019" : "2021");
    return new Statistics(format, active, requests, reviews, warnings);
  }

  /** Header words of the tables, which prose does not use. */
  private static final List<String> ACTIVE_ANCHORS =
      List.of("本年制发件数", "本年新制作数量", "本年处理决定数量", "上一年项目数量");

  private static final List<String> REQUESTS_ANCHORS = List.of("申请人情况", "社会公益组织", "法律服务机构");
  private static final List<String> REVIEWS_ANCHORS = List.of("尚未审结", "结果纠正", "结果维持", "未经复议直接起诉");

  /**
   * Table 四's header: one of its column names, or both group names (PDF text can scramble the
   * two-line column names: 尚未 … 审结).
   */
  private static boolean reviewsHeader(String compact) {
    return containsAny(compact, REVIEWS_ANCHORS.subList(0, 3))
        || (compact.contains("未经复议") && compact.contains("复议后起诉"));
  }

  private static boolean containsAny(String text, List<String> words) {
    return first(text, words, 0) >= 0;
  }

  private static int first(String text, List<String> words, int from) {
    int best = -1;
    for (String w : words) {
      int at = text.indexOf(w, from);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** The text from the line holding the first anchor to the next table's anchor; else fallback. */
  private static String cut(
      String whole, List<String> anchors, List<String> next, String fallback) {
    int at = first(whole, anchors, 0);
    if (at < 0) {
      return fallback;
    }
    int start = whole.lastIndexOf('\n', at) + 1;
    int end = first(whole, next, at);
    if (end < 0) {
      end = whole.length();
    } else {
      end = Math.max(start, whole.lastIndexOf('\n', end) + 1);
    }
    return whole.substring(start, end);
  }

  private static String whole(Report report) {
    StringBuilder sb = new StringBuilder();
    for (Section s : report.sections()) {
      sb.append(s.title()).append('\n').append(s.text()).append('\n');
    }
    return sb.toString();
  }

  private static String text(Report report, Predicate<Section> byTitle, int number) {
    for (Section s : report.sections()) {
      if (s.number() > 0 && byTitle.test(s)) {
        return s.text();
      }
    }
    for (Section s : report.sections()) {
      if (s.number() == number) {
        return s.text();
      }
    }
    return "";
  }

  private static StatTable labelledTable(
      String text,
      List<RowSpec> specs,
      String title,
      String name,
      Predicate<String> tableEvidence,
      List<String> warnings) {
    TableReader.Result result = TableReader.read(text, specs);
    if (result.cells().isEmpty()) {
      String compact = Tokens.normalizeLabel(text);
      if (result.keyedRows() > 0 || tableEvidence.test(compact)) {
        warnings.add(name + "无法读取，未提取数字");
      }
      return null;
    }
    if (!result.surplus().isEmpty()) {
      warnings.add(name + "有多余的数字：" + String.join("；", result.surplus()));
    }
    if (!result.unread().isEmpty()) {
      warnings.add(name + "部分行无法读取：" + String.join("；", result.unread()));
    }
    List<StatRow> rows = new ArrayList<>();
    for (int r = 0; r < specs.size(); r++) {
      rows.add(row(specs.get(r).label(), specs.get(r).columns(), result.cells().get(r)));
    }
    return new StatTable(title, rows);
  }

  private static StatRow row(String label, List<String> columns, List<Number> values) {
    Map<String, Number> cells = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      cells.put(columns.get(c), values == null ? null : values.get(c));
    }
    return new StatRow(label, cells);
  }

  /** Table 四: the fifteen numbers in template order (复议, 直接起诉, 复议后起诉; five each). */
  private static StatTable reviews(String text, List<String> warnings) {
    List<String> numbers = new ArrayList<>();
    StringBuilder labels = new StringBuilder();
    for (Tokens.Run run : Tokens.runs(text)) {
      numbers.addAll(run.numbers());
      labels.append(Tokens.normalizeLabel(run.label()));
    }
    String l = labels.toString();
    boolean evidence = reviewsHeader(l);
    if (!evidence) {
      return null;
    }
    List<Number> values = new ArrayList<>();
    for (String n : numbers) {
      Number v = Tokens.value(n, false);
      if (v instanceof Integer) {
        values.add(v);
      }
    }
    List<String> same = TableReader.sameSurplus(numbers, REVIEW_CELLS);
    if (same != null && values.size() == numbers.size()) {
      warnings.add(
          "表四（政府信息公开行政复议、行政诉讼情况）有多余的数字：读到"
              + numbers.size()
              + "个相同的数字，应为"
              + REVIEW_CELLS
              + "个，按"
              + REVIEW_CELLS
              + "个读取");
      values = values.subList(0, REVIEW_CELLS);
    } else if (numbers.size() != REVIEW_CELLS || values.size() != REVIEW_CELLS) {
      warnings.add(
          "表四（政府信息公开行政复议、行政诉讼情况）无法读取：读到" + numbers.size() + "个数字，应为" + REVIEW_CELLS + "个整数");
      return null;
    }
    List<StatRow> rows = new ArrayList<>();
    int per = TableFormats.OUTCOMES.size();
    for (int r = 0; r < TableFormats.REVIEW_ROWS.size(); r++) {
      rows.add(
          row(
              TableFormats.REVIEW_ROWS.get(r),
              TableFormats.OUTCOMES,
              values.subList(r * per, (r + 1) * per)));
    }
    return new StatTable(TableFormats.REVIEWS_TITLE, rows);
  }
}
