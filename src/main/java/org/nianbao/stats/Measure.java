package org.nianbao.stats;

import java.util.List;
import java.util.function.Function;

/**
 * The per-report numbers that can be summed, ranked and filtered on (数据 page, {@code /api/stats},
 * {@code nianbao stats}); each is indexed as numeric doc values and an int point under its {@link
 * #key()} on the report document. The first seven are the named numbers of {@link Statistics}.
 */
public enum Measure {
  NEW_REQUESTS("new_requests", "本年新收", Statistics::newRequests),
  CARRIED_OVER("carried_over", "上年结转", Statistics::carriedOver),
  HANDLED_TOTAL("handled_total", "办理结果总计", Statistics::handledTotal),
  CARRIED_FORWARD("carried_forward", "结转下年度", Statistics::carriedForward),
  REVIEW_TOTAL("review_total", "行政复议", Statistics::reviewTotal),
  LITIGATION_DIRECT_TOTAL(
      "litigation_direct_total", "行政诉讼（未经复议直接起诉）", Statistics::litigationDirectTotal),
  LITIGATION_AFTER_REVIEW_TOTAL(
      "litigation_after_review_total", "行政诉讼（复议后起诉）", Statistics::litigationAfterReviewTotal),
  GRANTED("granted", "予以公开", s -> requests(s, List.of("（一）予以公开"))),
  PARTIAL("partial", "部分公开", s -> requests(s, List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))),
  DENIED("denied", "不予公开", s -> requests(s, denied(0))),
  DENIED_SECRET("denied_secret", "不予公开：属于国家秘密", s -> requests(s, denied(1))),
  DENIED_LAW("denied_law", "不予公开：其他法律行政法规禁止公开", s -> requests(s, denied(2))),
  DENIED_SAFETY("denied_safety", "不予公开：危及“三安全一稳定”", s -> requests(s, denied(3))),
  DENIED_THIRD_PARTY("denied_third_party", "不予公开：保护第三方合法权益", s -> requests(s, denied(4))),
  DENIED_INTERNAL("denied_internal", "不予公开：属于三类内部事务信息", s -> requests(s, denied(5))),
  DENIED_PROCESS("denied_process", "不予公开：属于四类过程性信息", s -> requests(s, denied(6))),
  DENIED_ENFORCEMENT("denied_enforcement", "不予公开：属于行政执法案卷", s -> requests(s, denied(7))),
  DENIED_QUERY("denied_query", "不予公开：属于行政查询事项", s -> requests(s, denied(8))),
  REVIEW_CORRECTED(
      "review_corrected", "行政复议结果纠正", s -> reviews(s, List.of(TableFormats.REVIEW), "结果纠正")),
  LITIGATION_TOTAL(
      "litigation_total",
      "行政诉讼",
      s ->
          reviews(
              s,
              List.of(TableFormats.LITIGATION_DIRECT, TableFormats.LITIGATION_AFTER_REVIEW),
              TableFormats.TOTAL)),
  LITIGATION_CORRECTED(
      "litigation_corrected",
      "行政诉讼结果纠正",
      s ->
          reviews(
              s,
              List.of(TableFormats.LITIGATION_DIRECT, TableFormats.LITIGATION_AFTER_REVIEW),
              "结果纠正"));

  private static final List<String> DENIED_ROWS =
      List.of(
          "（三）不予公开 1.属于国家秘密", "（三）不予公开 2.其他法律行政法规禁止公开",
          "（三）不予公开 3.危及“三安全一稳定”", "（三）不予公开 4.保护第三方合法权益",
          "（三）不予公开 5.属于三类内部事务信息", "（三）不予公开 6.属于四类过程性信息",
          "（三）不予公开 7.属于行政执法案卷", "（三）不予公开 8.属于行政查询事项");

  private final String key;
  private final String label;
  private final Function<Statistics, Integer> value;

  Measure(String key, String label, Function<Statistics, Integer> value) {
    this.key = key;
    this.label = label;
    this.value = value;
  }

  /** The field and parameter name, e.g. {@code new_requests}. */
  public String key() {
    return key;
  }

  /** The Chinese label users see, e.g. {@code 本年新收}. */
  public String label() {
    return label;
  }

  /** This measure of {@code stats}, or {@code null} when a cell it needs was not read. */
  public Integer of(Statistics stats) {
    return value.apply(stats);
  }

  /** The measure with this key, or {@code null}. */
  public static Measure byKey(String key) {
    for (Measure m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }

  private static List<String> denied(int n) {
    return n == 0 ? DENIED_ROWS : List.of(DENIED_ROWS.get(n - 1));
  }

  private static Integer requests(Statistics s, List<String> rows) {
    return sum(s.requests(), rows, TableFormats.TOTAL);
  }

  private static Integer reviews(Statistics s, List<String> rows, String column) {
    return sum(s.reviews(), rows, column);
  }

  private static Integer sum(StatTable t, List<String> rows, String column) {
    if (t == null) {
      return null;
    }
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
}
