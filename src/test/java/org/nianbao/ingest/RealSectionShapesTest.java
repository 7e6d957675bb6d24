package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Section shapes of real reports (issue 12). */
class RealSectionShapesTest {

  @Test
  void heading_glued_to_a_row_of_numbers_is_still_a_heading() {
    List<Section> s =
        SectionSplitter.split(
            List.of(
                "三、收到和处理政府信息公开申请情况",
                "见表。",
                "四、政府信息公开行政复议、行政诉讼情况 0 0 0 0 0 0 0 0 0 0",
                "五、存在的主要问题及改进情况",
                "无。"),
            0);
    assertThat(s).extracting(Section::number).containsExactly(0, 3, 4, 5);
    assertThat(s.get(2).title()).isEqualTo("政府信息公开行政复议、行政诉讼情况");
    assertThat(s.get(2).topic()).isEqualTo("复议诉讼");
    assertThat(s.get(2).text()).isEqualTo("0 0 0 0 0 0 0 0 0 0");
  }

  @Test
  void table_rows_with_numbers_stay_rows() {
    List<Section> s =
        SectionSplitter.split(List.of("三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"), 0);
    assertThat(s).extracting(Section::number).containsExactly(0, 3);
  }

  @Test
  void headings_ending_in_full_stop_or_colon_and_markdown_headings() {
    List<Section> s =
        SectionSplitter.split(List.of("### 一、总体情况。", "正文。", "## 二、主动公开政府信息情况：", "见表。"), 0);
    assertThat(s).extracting(Section::title).containsExactly("", "总体情况", "主动公开政府信息情况");
    assertThat(s).extracting(Section::topic).containsExactly("概述", "总体情况", "主动公开");
  }

  @Test
  void parenthesised_ideograph_subsections() {
    List<Section> s =
        SectionSplitter.split(List.of("一、总体情况", "㈠主动公开情况", "公开 40 条。", "㈡依申请公开情况", "无。"), 0);
    assertThat(s.get(1).subsections()).extracting(Subsection::label).containsExactly("㈠", "㈡");
    assertThat(s.get(1).subsections())
        .extracting(Subsection::title)
        .containsExactly("主动公开情况", "依申请公开情况");
  }

  @Test
  void numbering_restarting_for_the_tables_gives_a_warning() {
    List<String> warnings = new ArrayList<>();
    List<Section> s =
        SectionSplitter.split(
            List.of("一、总体情况", "正文。", "二、主动公开政府信息情况", "见表。", "一、总体情况", "表格。"), 0, warnings);
    assertThat(s).extracting(Section::number).containsExactly(0, 1, 2);
    assertThat(warnings).containsExactly("章节编号重新开始：第 5 行的标题“总体情况”（编号 1）在第 2 部分之后，未单独成节");
  }

  @Test
  void heading_without_numeral_is_a_section_not_folded_into_the_preamble() throws Exception {
    Report r =
        Fixtures.PARSER.parseText(
            "t.txt",
            "嫘祖镇人民政府2021年政府信息公开工作年度报告\n  总体情况\n  (一)主动公开政府信息的情况\n"
                + "  全年共主动公开政府信息89条。\n二、主动公开政府信息情况\n见表。\n");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2);
    assertThat(r.sections().get(0).text()).isEmpty(); // nothing folded into the preamble
    assertThat(r.sections().get(1).title()).isEqualTo("总体情况");
    assertThat(r.sections().get(1).topic()).isEqualTo("总体情况");
    assertThat(r.sections().get(1).subsections())
        .extracting(Subsection::label)
        .containsExactly("（一）");
  }
}
