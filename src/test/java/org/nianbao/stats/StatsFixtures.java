package org.nianbao.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;

/** Builds reports from table texts and renders tables as compact text for exact comparison. */
final class StatsFixtures {
  private StatsFixtures() {}

  /** A report whose sections 二, 三, 四 hold the given texts (null: no such section). */
  static Report report(String active, String requests, String reviews, String prose) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(0, null, "", "", List.of()));
    sections.add(new Section(1, null, "总体情况", prose == null ? "" : prose, List.of()));
    if (active != null) {
      sections.add(new Section(2, null, "主动公开政府信息情况", active, List.of()));
    }
    if (requests != null) {
      sections.add(new Section(3, null, "收到和处理政府信息公开申请情况", requests, List.of()));
    }
    if (reviews != null) {
      sections.add(new Section(4, null, "政府信息公开行政复议、行政诉讼情况", reviews, List.of()));
    }
    sections.add(new Section(5, null, "存在的主要问题及改进情况", "无。", List.of()));
    return new Report(
        "fixture.txt", "2021-测试局", "测试局2021年政府信息公开工作年度报告", "测试局", null, 2021, sections, List.of());
  }

  /**
   * Cuts a raw report text (before any line repair) at its section headings, so the tables keep the
   * file's own layout.
   */
  static Report rawReport(String text) {
    int i2 = text.indexOf("二、主动公开");
    int i3 = text.indexOf("三、收到和处理");
    int i4 = text.indexOf("四、政府信息公开行政复议");
    int i5 = text.indexOf("五、");
    return report(
        body(text, i2, i3), body(text, i3, i4), body(text, i4, i5), text.substring(0, i2));
  }

  private static String body(String text, int heading, int end) {
    return text.substring(text.indexOf('\n', heading) + 1, end);
  }

  /** One line per row: {@code label: v v v}, {@code -} for an absent cell. */
  static String render(StatTable table) {
    if (table == null) {
      return null;
    }
    return table.rows().stream()
        .map(
            r ->
                r.label()
                    + ": "
                    + r.cells().values().stream()
                        .map(v -> v == null ? "-" : v.toString())
                        .collect(Collectors.joining(" ")))
        .collect(Collectors.joining("\n"));
  }
}
