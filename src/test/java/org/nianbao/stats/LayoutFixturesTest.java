package org.nianbao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.stats.StatsFixtures.render;
import static org.nianbao.stats.StatsFixtures.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Tables 二, 三 and 四 written in every layout real files have, with distinct numbers in every cell so
 * that a shifted or swapped cell shows: one row per line, tabs, pipes, one cell per line, vertical
 * headers with wrapped labels and {@code 1、}/{@code 1．} numbering, labels split around their
 * numbers, misspelt labels, and glued numbers.
 */
class LayoutFixturesTest {

  /** Labels as printed in a report: the group label only on its first sub-row. */
  static final List<String> PRINTED =
      List.of(
          "一、本年新收政府信息公开申请数量",
          "二、上年结转政府信息公开申请数量",
          "三、本年度办理结果 （一）予以公开",
          "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
          "（三）不予公开 1.属于国家秘密",
          "2.其他法律行政法规禁止公开",
          "3.危及“三安全一稳定”",
          "4.保护第三方合法权益",
          "5.属于三类内部事务信息",
          "6.属于四类过程性信息",
          "7.属于行政执法案卷",
          "8.属于行政查询事项",
          "（四）无法提供 1.本机关不掌握相关政府信息",
          "2.没有现成信息需要另行制作",
          "3.补正后申请内容仍不明确",
          "（五）不予处理 1.信访举报投诉类申请",
          "2.重复申请",
          "3.要求提供公开出版物",
          "4.无正当理由大量反复申请",
          "5.要求行政机关确认或重新出具已获取信息",
          "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "3.其他",
          "（七）总计",
          "四、结转下年度继续办理");

  static final String HEADER =
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n"
          + "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n";

  /** A consistent table 三: distinct counts, rows and columns adding up. */
  static final List<List<Integer>> GRID = grid();

  private static List<List<Integer>> grid() {
    List<List<Integer>> results = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      results.add(
          withTotal(i + 1, i % 3, i == 7 ? 1 : 0, i % 2, i == 5 ? 4 : 0, i % 4 == 0 ? 2 : 0));
    }
    List<Integer> total = new ArrayList<>();
    for (int c = 0; c < 7; c++) {
      int col = c;
      total.add(results.stream().mapToInt(r -> r.get(col)).sum());
    }
    List<Integer> over = withTotal(3, 1, 0, 0, 0, 1);
    List<Integer> forward = withTotal(5, 0, 1, 0, 0, 2);
    List<Integer> fresh = new ArrayList<>();
    for (int c = 0; c < 7; c++) {
      fresh.add(total.get(c) + forward.get(c) - over.get(c));
    }
    List<List<Integer>> rows = new ArrayList<>();
    rows.add(fresh);
    rows.add(over);
    rows.addAll(results);
    rows.add(total);
    rows.add(forward);
    return List.copyOf(rows);
  }

  private static List<Integer> withTotal(int... six) {
    List<Integer> row = new ArrayList<>(IntStream.of(six).boxed().toList());
    row.add(IntStream.of(six).sum());
    return row;
  }

  private static String numbers(int row, String sep) {
    return GRID.get(row).stream().map(String::valueOf).collect(Collectors.joining(sep));
  }

  private static String expectedRequests() {
    List<RowSpec> specs = TableFormats.requests(true);
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < specs.size(); r++) {
      sb.append(r == 0 ? "" : "\n")
          .append(specs.get(r).label())
          .append(": ")
          .append(numbers(r, " "));
    }
    return sb.toString();
  }

  private static String table(Function<Integer, String> row) {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int r = 0; r < PRINTED.size(); r++) {
      sb.append(row.apply(r)).append('\n');
    }
    return sb.toString();
  }

  private static Statistics requests(String text) {
    return StatisticsExtractor.extract(report(null, text, null, null));
  }

  private static void assertReadsGrid(String text) {
    Statistics s = requests(text);
    assertThat(render(s.requests())).isEqualTo(expectedRequests());
    assertThat(s.warnings()).isEmpty();
    assertThat(ConsistencyChecks.check(report(null, text, null, null), s)).isEmpty();
    assertThat(s.newRequests()).isEqualTo(GRID.get(0).get(6));
    assertThat(s.handledTotal()).isEqualTo(GRID.get(23).get(6));
  }

  @Test
  void the_grid_is_consistent_and_distinct() {
    assertThat(GRID).hasSize(25);
    assertThat(GRID.get(0)).containsExactly(233, 20, 2, 10, 4, 13, 282);
    assertThat(GRID.get(23)).containsExactly(231, 21, 1, 10, 4, 12, 279);
  }

  @Test
  void one_row_per_line() {
    assertReadsGrid(table(r -> PRINTED.get(r) + " " + numbers(r, " ")));
  }

  @Test
  void tab_separated_cells_with_empty_group_cells() {
    assertReadsGrid(
        table(r -> "\t" + PRINTED.get(r).replace(" ", "\t") + "\t\t" + numbers(r, "\t") + "\t"));
  }

  @Test
  void pipe_separated_cells() {
    assertReadsGrid(
        table(r -> "| " + PRINTED.get(r).replace(" ", " | ") + " | " + numbers(r, " | ") + " |")
            .replace(
                HEADER,
                "| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n|---|---|---|---|---|---|---|---|\n"));
  }

  @Test
  void one_cell_per_line() {
    assertReadsGrid(
        table(r -> "\t" + PRINTED.get(r).replace(" ", "\n\t") + "\n\t" + numbers(r, "\n\t")));
  }

  @Test
  void vertical_header_wrapped_labels_and_other_numbering() {
    String vertical =
        "申请人情况\n自然\n人\n法人或其他组织\n总\n计\n商\n业\n企\n业\n科\n研\n机\n构\n社会\n公益\n组织\n法\n律\n服\n务\n机\n构\n其\n他\n";
    StringBuilder sb = new StringBuilder(vertical);
    for (int r = 0; r < PRINTED.size(); r++) {
      String label = PRINTED.get(r).replace("三、本年度办理结果 ", "三、本\n年度\n办理\n结果\n");
      label = label.replace("（三）不予公开 ", "（三）\n不予公\n开\n").replace("（五）不予处理 ", "（五）\n不予处\n理\n");
      label =
          r % 2 == 0
              ? label.replaceFirst("^(\\d)\\.", "$1、")
              : label.replaceFirst("^(\\d)\\.", "$1．");
      sb.append(wrap(label, 9)).append('\n').append(numbers(r, " ")).append('\n');
    }
    assertReadsGrid(sb.toString());
  }

  private static String wrap(String s, int width) {
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\n")) {
      for (int i = 0; i < line.length(); i += width) {
        sb.append(line, i, Math.min(line.length(), i + width)).append('\n');
      }
    }
    return sb.toString().strip();
  }

  @Test
  void labels_split_around_their_numbers_as_pdf_text_puts_them() {
    // PDF text sorted by position: the middle line of a three-line label cell carries the numbers
    assertReadsGrid(
        table(
            r -> {
              String label = PRINTED.get(r);
              if (label.length() < 12) {
                return label + " " + numbers(r, " ");
              }
              int half = label.length() / 2;
              while (!Character.isIdeographic(label.charAt(half - 1))) {
                half++; // PDF text does not part a number from its point: 1.|属于, not 1|.属于
              }
              return label.substring(0, half)
                  + "\n"
                  + numbers(r, " ")
                  + "\n"
                  + label.substring(half);
            }));
  }

  @Test
  void misspelt_and_renumbered_labels_are_recognised() {
    List<String> typos = new ArrayList<>(PRINTED);
    typos.set(5, "2.其他法律行政止公开");
    typos.set(7, "4.保护第三方合法权利");
    typos.set(12, "(四) 无法提供 1. 本机关不掌握相关信息");
    typos.set(18, "4.无正当理由大量反复 申请");
    typos.set(19, "5.要求行政机关确认或重 新出具");
    StringBuilder sb = new StringBuilder(HEADER);
    for (int r = 0; r < typos.size(); r++) {
      sb.append(typos.get(r)).append(' ').append(numbers(r, " ")).append('\n');
    }
    assertReadsGrid(sb.toString());
  }

  @Test
  void numbers_glued_to_their_label_are_split_off() {
    assertReadsGrid(table(r -> PRINTED.get(r) + numbers(r, " ")));
  }

  @Test
  void a_row_whose_label_is_unreadable_takes_its_place_between_two_read_rows() {
    assertReadsGrid(table(r -> (r == 9 ? "□□□□□" : PRINTED.get(r)) + " " + numbers(r, " ")));
  }

  @Test
  void a_row_with_a_missing_number_is_absent_never_shifted() {
    String text =
        table(
            r -> PRINTED.get(r) + " " + (r == 4 ? numbers(r, " ").substring(2) : numbers(r, " ")));
    Statistics s = requests(text);
    String expected =
        expectedRequests()
            .replace("（三）不予公开 1.属于国家秘密: " + numbers(4, " "), "（三）不予公开 1.属于国家秘密: - - - - - - -");
    assertThat(render(s.requests())).isEqualTo(expected);
    assertThat(s.warnings())
        .containsExactly("表三（收到和处理政府信息公开申请情况）部分行无法读取：「（三）不予公开 1.属于国家秘密」读到6个数字，应为7个");
  }

  @Test
  void surplus_numbers_are_read_only_when_every_reading_gives_the_same_cells() {
    String same =
        table(r -> PRINTED.get(r) + " " + (r == 22 ? "0 0 0 0 0 0 0 0" : numbers(r, " ")));
    Statistics s = requests(same);
    assertThat(s.requests().row("（六）其他处理 3.其他").cells().values()).containsOnly(0);
    assertThat(s.warnings())
        .containsExactly("表三（收到和处理政府信息公开申请情况）有多余的数字：「（六）其他处理 3.其他」读到8个相同的数字，应为7个，按7个读取");
    String differing =
        table(r -> PRINTED.get(r) + " " + (r == 22 ? "0 0 0 0 0 0 0 1" : numbers(r, " ")));
    Statistics t = requests(differing);
    assertThat(t.requests().row("（六）其他处理 3.其他").cells().values()).containsOnlyNulls();
    assertThat(t.warnings())
        .containsExactly("表三（收到和处理政府信息公开申请情况）部分行无法读取：「（六）其他处理 3.其他」读到8个数字，应为7个");
  }

  @Test
  void two_rows_run_together_are_both_absent() {
    String text =
        table(
            r ->
                r == 10
                    ? ""
                    : PRINTED.get(r)
                        + " "
                        + numbers(r, " ")
                        + (r == 9 ? " " + numbers(10, " ") : ""));
    Statistics s = requests(text);
    assertThat(s.requests().row("（三）不予公开 6.属于四类过程性信息").cells().values()).containsOnlyNulls();
    assertThat(s.requests().row("（三）不予公开 7.属于行政执法案卷").cells().values()).containsOnlyNulls();
    assertThat(s.requests().row("（三）不予公开 8.属于行政查询事项").intCell("自然人"))
        .isEqualTo(GRID.get(11).get(0));
    assertThat(s.warnings())
        .containsExactly(
            "表三（收到和处理政府信息公开申请情况）部分行无法读取：「（三）不予公开 6.属于四类过程性信息」读到14个数字，应为7个；「（三）不予公开 7.属于行政执法案卷」未找到");
  }

  @Test
  void a_table_with_no_readable_row_is_absent_with_a_warning() {
    Statistics s = requests(HEADER + "一、本年新收政府信息公开申请数量 1 2\n二、上年结转政府信息公开申请数量\n");
    assertThat(s.requests()).isNull();
    assertThat(s.newRequests()).isNull();
    assertThat(s.warnings()).containsExactly("表三（收到和处理政府信息公开申请情况）无法读取，未提取数字");
  }

  @Test
  void the_2019_format_has_one_other_handling_row() {
    StringBuilder sb = new StringBuilder(HEADER);
    List<String> rows = new ArrayList<>(PRINTED.subList(0, 20));
    rows.addAll(List.of("（六）其他处理", "（七）总计", "四、结转下年度继续办理"));
    for (int r = 0; r < rows.size(); r++) {
      sb.append(rows.get(r)).append(' ').append(r).append(" 0 0 0 0 0 ").append(r).append('\n');
    }
    Statistics s = requests(sb.toString());
    assertThat(s.requests().rows()).hasSize(23);
    assertThat(s.requests().row("（六）其他处理").intCell("自然人")).isEqualTo(20);
    assertThat(s.requests().row("（七）总计").intCell("总计")).isEqualTo(21);
    assertThat(s.carriedForward()).isEqualTo(22);
    assertThat(s.warnings()).isEmpty();
  }

  // table 二

  @Test
  void table_two_in_the_2021_format_with_a_decimal_fee() {
    String text =
        """
        第二十条第（一）项
        信息内容\t本年制发件数\t本年废止件数\t现行有效件数
        规章\t1\t2\t3
        行政规范性文件\t4\t5\t6
        第二十条第（五）项
        信息内容\t本年处理决定数量
        行政许可\t1,234
        第二十条第（六）项
        - 2 -
        信息内容\t本年处理决定数量
        行政处罚\t8
        行政强制\t9
        第二十条第（八）项
        信息内容\t本年收费金额（单位：万元）
        行政事业性收费\t7730.28
        """;
    Statistics s = StatisticsExtractor.extract(report(text, null, null, null));
    assertThat(s.format()).isEqualTo("2021");
    assertThat(render(s.active()))
        .isEqualTo(
            """
            规章: 1 2 3
            行政规范性文件: 4 5 6
            行政许可: 1234
            行政处罚: 8
            行政强制: 9
            行政事业性收费: 7730.28""");
    assertThat(s.active().row("规章").cells().keySet()).containsExactly("本年制发件数", "本年废止件数", "现行有效件数");
    assertThat(s.requests()).isNull();
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void table_two_in_the_2019_format_one_cell_per_line() {
    String text =
        String.join(
            "\n",
            "第二十条第（一）项",
            "信息内容",
            "本年新制作数量",
            "本年新公开数量",
            "对外公开总数量",
            "规章",
            "1",
            "2",
            "3",
            "规范性文件",
            "4",
            "5",
            "6",
            "第二十条第（五）项",
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "行政许可",
            "10",
            "-1",
            "9",
            "其他对外管理服务事项",
            "17",
            "+2",
            "19",
            "第二十条第（六）项",
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "处理决定数量",
            "行政处罚",
            "5",
            "0",
            "5",
            "行政强制",
            "6",
            "1",
            "7",
            "第二十条第（八）项",
            "信息内容",
            "上一年项目数量",
            "本年增/减",
            "行政事业性收费",
            "3",
            "0",
            "第二十条第（九）项",
            "信息内容",
            "采购项目数量",
            "采购总金额",
            "政府集中采购",
            "2",
            "35.5");
    Statistics s = StatisticsExtractor.extract(report(text, null, null, null));
    assertThat(s.format()).isEqualTo("2019");
    assertThat(render(s.active()))
        .isEqualTo(
            """
            规章: 1 2 3
            规范性文件: 4 5 6
            行政许可: 10 -1 9
            其他对外管理服务事项: 17 2 19
            行政处罚: 5 0 5
            行政强制: 6 1 7
            行政事业性收费: 3 0
            政府集中采购: 2 35.5""");
    assertThat(s.active().row("行政许可").cells().keySet())
        .containsExactly("上一年项目数量", "本年增/减", "处理决定数量");
  }

  // table 四

  static final String REVIEWS_EXPECTED =
      """
      行政复议: 3 1 0 1 5
      行政诉讼 未经复议直接起诉: 2 0 1 0 3
      行政诉讼 复议后起诉: 1 1 0 0 2""";

  private static Statistics reviews(String text) {
    return StatisticsExtractor.extract(report(null, null, text, null));
  }

  @Test
  void table_four_on_one_line_after_a_vertical_header() {
    String header =
        "行政复议 行政诉讼\n结\n果\n维\n持\n结\n果\n纠\n正\n其\n他\n结\n果\n尚\n未\n审\n结\n总\n计\n未经复议直接起诉 复议后起诉\n";
    Statistics s = reviews(header + "3 1 0 1 5 2 0 1 0 3 1 1 0 0 2\n");
    assertThat(render(s.reviews())).isEqualTo(REVIEWS_EXPECTED);
    assertThat(List.of(s.reviewTotal(), s.litigationDirectTotal(), s.litigationAfterReviewTotal()))
        .containsExactly(5, 3, 2);
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void table_four_one_cell_per_line_with_tabs() {
    String text =
        "\t行政复议\n\t行政诉讼\n\t结果维持\n\t尚未\n审结\n\t总计\n\t"
            + String.join("\n\t", "3 1 0 1 5 2 0 1 0 3 1 1 0 0 2".split(" "))
            + "\n";
    assertThat(render(reviews(text).reviews())).isEqualTo(REVIEWS_EXPECTED);
  }

  @Test
  void table_four_as_labelled_rows_with_pipes() {
    String text =
        """
        | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
        | 行政复议 | 3 | 1 | 0 | 1 | 5 |
        | 未经复议直接起诉 | 2 | 0 | 1 | 0 | 3 |
        | 复议后起诉 | 1 | 1 | 0 | 0 | 2 |
        """;
    assertThat(render(reviews(text).reviews())).isEqualTo(REVIEWS_EXPECTED);
  }

  @Test
  void table_four_with_sixteen_zeros_reads_fifteen_with_a_warning() {
    Statistics s = reviews("结果维持 结果纠正 其他结果 尚未审结 总计\n" + "0 ".repeat(16) + "\n");
    assertThat(s.reviewTotal()).isZero();
    assertThat(s.warnings()).containsExactly("表四（政府信息公开行政复议、行政诉讼情况）有多余的数字：读到16个相同的数字，应为15个，按15个读取");
  }

  @Test
  void table_four_with_the_wrong_count_of_numbers_is_absent_with_a_warning() {
    Statistics s = reviews("结果维持 结果纠正 其他结果 尚未审结 总计\n3 1 0 1 5 2 0 1 0 3 1 1 0 0\n");
    assertThat(s.reviews()).isNull();
    assertThat(s.reviewTotal()).isNull();
    assertThat(s.warnings()).containsExactly("表四（政府信息公开行政复议、行政诉讼情况）无法读取：读到14个数字，应为15个整数");
  }

  // no tables

  @Test
  void tables_stated_only_in_prose_are_absent_without_warnings() {
    var r =
        report(
            "本年度主动公开政府信息126条，未制发规范性文件。",
            "2021年共收到申请0件，无上年结转申请。",
            "本年度未发生政府信息公开行政复议、行政诉讼案件。",
            "我局共收到政府信息公开申请0件。");
    Statistics s = StatisticsExtractor.extract(r);
    assertThat(s).isEqualTo(Statistics.none());
    assertThat(s.toJson().get("new_requests")).isNull();
    java.util.Map<String, Object> tables = new java.util.LinkedHashMap<>();
    tables.put("active", null);
    tables.put("requests", null);
    tables.put("reviews", null);
    assertThat(s.toJson().get("tables")).isEqualTo(tables);
    assertThat(ConsistencyChecks.check(r, s)).isEmpty();
  }

  @Test
  void prose_using_table_words_is_not_taken_for_a_table() {
    var r =
        report(
            "依据《条例》第二十条第（一）项，公开信息内容包括规章 0 件。",
            "本年新收政府信息公开申请 3 件，自然人申请 3 件，上年结转 0 件。",
            "本年度未经复议直接起诉的行政诉讼 0 件。",
            "本年新收政府信息公开申请3件。");
    Statistics s = StatisticsExtractor.extract(r);
    assertThat(s).isEqualTo(Statistics.none());
  }

  @Test
  void tables_whose_headings_were_lost_are_found_in_the_whole_text() {
    String all =
        "二、主动公开政府信息情况 略\n"
            + "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 2 3\n行政规范性文件 4 5 6\n"
            + "三、收到和处理政府信息公开申请情况\n"
            + table(r -> PRINTED.get(r) + " " + numbers(r, " "))
            + "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
            + "3 1 0 1 5 2 0 1 0 3 1 1 0 0 2\n";
    // everything landed in section 1; sections 二–四 are missing
    Statistics s = StatisticsExtractor.extract(report(null, null, null, all));
    assertThat(render(s.active()).lines().limit(2)).containsExactly("规章: 1 2 3", "行政规范性文件: 4 5 6");
    assertThat(render(s.requests())).isEqualTo(expectedRequests());
    assertThat(render(s.reviews())).isEqualTo(REVIEWS_EXPECTED);
  }

  @Test
  void a_pre_2019_report_without_tables_has_nulls_and_no_warnings() {
    var sections =
        List.of(
            new org.nianbao.ingest.Section(
                0, null, "", "根据《中华人民共和国政府信息公开条例》要求，特向社会公布2015年度本机关政府信息公开工作年度报告。", List.of()),
            new org.nianbao.ingest.Section(1, null, "概述", "2015年，我局认真贯彻落实《条例》。", List.of()),
            new org.nianbao.ingest.Section(
                2, null, "主动公开政府信息的情况", "全年主动公开政府信息 1523 条，其中通过门户网站公开 1200 条。", List.of()),
            new org.nianbao.ingest.Section(
                3, null, "依申请公开政府信息情况", "共受理依申请公开 12 件，其中当面申请 3 件，网上申请 9 件，均已按时答复。", List.of()),
            new org.nianbao.ingest.Section(4, null, "政府信息公开的收费及减免情况", "未收取任何费用。", List.of()),
            new org.nianbao.ingest.Section(
                5, null, "因政府信息公开申请行政复议、提起行政诉讼的情况", "全年未发生因政府信息公开申请行政复议 0 件、行政诉讼 0 件。", List.of()));
    var r =
        new org.nianbao.ingest.Report(
            "old.txt", "2015-某局", "某局2015年政府信息公开工作年度报告", "某局", null, 2015, sections, List.of());
    Statistics s = StatisticsExtractor.extract(r);
    assertThat(s).isEqualTo(Statistics.none());
    assertThat(s.toJson())
        .containsEntry("new_requests", null)
        .containsEntry("carried_over", null)
        .containsEntry("handled_total", null)
        .containsEntry("carried_forward", null)
        .containsEntry("review_total", null)
        .containsEntry("litigation_direct_total", null)
        .containsEntry("litigation_after_review_total", null)
        .containsEntry("warnings", List.of());
    assertThat(ConsistencyChecks.check(r, s)).isEmpty();
  }
}
