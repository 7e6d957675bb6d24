package org.nianbao.ingest;

import java.util.List;

/**
 * The canonical topic of a section, whatever its number or wording: what the {@code section} facet
 * and filter use, so that 行政复议 never finds an older report's 四、收费及减免情况.
 *
 * <p>Rules on the {@link SectionTitles#key key} of the title, first match wins: the preamble
 * (number 0) is 概述; 收费/减免 → 收费减免; 复议/诉讼/申诉 → 复议诉讼; 问题/改进/不足/整改/下一步 → 问题改进; 依申请/申请 → 依申请公开; 主动公开 →
 * 主动公开; 其他/其它 → 其他事项; 总体/基本情况/概况/概述 → 总体情况. A title matching none has no topic ({@code null}).
 */
public final class SectionTopics {
  private SectionTopics() {}

  public static final String OVERVIEW = "概述";
  public static final String GENERAL = "总体情况";
  public static final String PROACTIVE = "主动公开";
  public static final String ON_REQUEST = "依申请公开";
  public static final String APPEALS = "复议诉讼";
  public static final String PROBLEMS = "问题改进";
  public static final String OTHER = "其他事项";
  public static final String FEES = "收费减免";

  /** Every topic, in report order. */
  public static final List<String> ALL =
      List.of(OVERVIEW, GENERAL, PROACTIVE, ON_REQUEST, APPEALS, PROBLEMS, OTHER, FEES);

  private record Rule(String topic, List<String> words) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(FEES, List.of("收费", "减免")),
          new Rule(APPEALS, List.of("复议", "诉讼", "申诉")),
          new Rule(PROBLEMS, List.of("问题", "改进", "不足", "整改", "下一步", "工作计划")),
          new Rule(ON_REQUEST, List.of("依申请", "申请")),
          new Rule(PROACTIVE, List.of("主动公开")),
          new Rule(OTHER, List.of("其他", "其它")),
          new Rule(GENERAL, List.of("总体", "基本情况", "概况", "概述")));

  /** The topic of section {@code number} titled {@code title}, or {@code null}. */
  public static String of(int number, String title) {
    if (number == 0) {
      return OVERVIEW;
    }
    String key = SectionTitles.key(title == null ? "" : title);
    for (Rule r : RULES) {
      for (String w : r.words()) {
        if (key.contains(w)) {
          return r.topic();
        }
      }
    }
    return null;
  }
}
