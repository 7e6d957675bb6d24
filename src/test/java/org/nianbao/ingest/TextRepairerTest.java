package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.ingest.Fixtures.parseFixture;
import static org.nianbao.ingest.Fixtures.section;

import org.junit.jupiter.api.Test;

/** One behaviour per extraction quirk; fixtures under src/test/resources/fixtures. */
class TextRepairerTest {
  private final TextRepairer repairer = new TextRepairer();

  @Test
  void sentences_broken_over_blank_lines_are_joined() throws ReportFileException {
    Report r = parseFixture("broken-lines.txt");
    assertThat(r.title()).isEqualTo("测试县民政局2021年政府信息公开工作年度报告");
    assertThat(section(r, 0).text()).isEqualTo("本报告由测试县民政局按照《中华人民共和国政府信息公开条例》要求编制。");
    assertThat(section(r, 1).text())
        .isEqualTo("（一）主动公开情况\n本局通过微信公众号主动公开信息12条，全年未发生泄密事件，确保政府信息公开工作规范有序开展。");
  }

  @Test
  void table_row_labels_and_their_numbers_become_one_row() throws ReportFileException {
    Report r = parseFixture("broken-lines.txt");
    assertThat(section(r, 2).text()).endsWith("\n规章 0 0 0");
    assertThat(section(r, 3).text()).isEqualTo("申请人情况\n自然人\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0");
  }

  @Test
  void page_footers_are_removed() throws ReportFileException {
    Report r = parseFixture("page-footers.txt");
    assertThat(section(r, 1).text()).isEqualTo("本局坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设。");
    assertThat(section(r, 2).text()).isEqualTo("本年度主动公开政府信息30条。");
  }

  @Test
  void stray_spaces_between_cjk_characters_and_numbers_are_removed() throws ReportFileException {
    Report r = parseFixture("cjk-spaces.txt");
    assertThat(section(r, 1).text())
        .isEqualTo("本局严格落实《中华人民共和国政府信息公开条例》，全年主动公开信息25条。\n统计期限自2022年1月1日起至2022年12月31日止。");
  }

  @Test
  void spaces_separating_table_header_cells_are_kept() throws ReportFileException {
    Report r = parseFixture("cjk-spaces.txt");
    assertThat(section(r, 2).text()).isEqualTo("信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0");
  }

  @Test
  void docx_bookmarks_are_removed() throws ReportFileException {
    Report r = parseFixture("docx-bookmark.txt");
    assertThat(section(r, 0).text()).isEqualTo("本报告由测试区财政局编制。");
    assertThat(section(r, 1).text()).isEqualTo("本局全年主动公开预决算信息8条。");
  }

  @Test
  void word_tables_with_one_cell_per_line_become_one_row_per_line() throws ReportFileException {
    Report r = parseFixture("word-table-cells.txt");
    assertThat(section(r, 2).text()).isEqualTo("第二十条第（一）项\n信息内容 本年制发件数 本年废止件数\n规章 0 0\n商业企业 科研机构");
    assertThat(section(r, 3).text()).isEqualTo("一、本年新收政府信息公开申请数量 3 0\n四、结转下年度继续办理 0 0");
  }

  @Test
  void crlf_odd_spaces_and_invisible_characters_are_normalised() {
    String text = "一、\u3000总体情况\r\n本局\u00A0主动\u200B公开\uFEFF信息\r\n\r\n\r\n２０２１年完成。\r";
    assertThat(repairer.repair(text)).isEqualTo("一、总体情况\n本局主动公开信息2021年完成。");
  }

  @Test
  void half_width_and_enclosed_labels_are_normalised() {
    assertThat(repairer.lines("(一) 主动公开情况\n㈡依申请公开情况\n1. 属于国家秘密 0 0"))
        .containsExactly("（一）主动公开情况", "（二）依申请公开情况", "1.属于国家秘密 0 0");
  }

  @Test
  void markdown_heading_markers_from_ocr_are_stripped() {
    assertThat(repairer.lines("## 一、总体情况\n**二、主动公开政府信息情况**"))
        .containsExactly("一、总体情况", "二、主动公开政府信息情况");
  }

  @Test
  void paragraphs_are_separated_by_a_single_newline_without_blank_lines() {
    assertThat(repairer.repair("\n\n第一段结束。\n\n\n\n   \n第二段结束。\n\n")).isEqualTo("第一段结束。\n第二段结束。");
  }

  @Test
  void a_heading_is_not_joined_to_the_paragraph_after_it() {
    assertThat(repairer.lines("（五）年度报告数据统计需要说明的事项\n\n无\n\n（六）其他事项\n\n本局主动公开信息"))
        .containsExactly("（五）年度报告数据统计需要说明的事项", "无", "（六）其他事项", "本局主动公开信息");
  }

  @Test
  void a_vertical_table_label_is_rebuilt_from_its_fragments() {
    assertThat(repairer.lines("三、本\n\n年度\n\n办理\n\n结果\n\n（一）予以公开\n0 0 0"))
        .containsExactly("三、本年度办理结果", "（一）予以公开 0 0 0");
  }

  @Test
  void a_wrapped_row_label_is_joined_before_its_numbers() {
    assertThat(repairer.lines("5.要求行政机关确认或重\n\n新出具已获取信息\n\n0 0 0 0 0 0\n0"))
        .containsExactly("5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0");
  }

  @Test
  void prose_ending_in_a_single_number_is_still_joined() {
    assertThat(repairer.lines("其中机构职能 1 条，行政处罚 1\n\n条，政务公开 3 条。"))
        .containsExactly("其中机构职能1条，行政处罚1条，政务公开3条。");
  }

  @Test
  void separator_rules_are_dropped() {
    assertThat(repairer.lines("政府集中采购\t0\t0\n--------\t---\t---\n三、收到"))
        .containsExactly("政府集中采购 0 0", "三、收到");
  }

  @Test
  void hard_wrapped_file_still_joins_a_heading_broken_at_the_wrap_width() {
    String wrapped =
        String.join(
            "\n",
            "测试县民政局2021年政府信息公开工作年度报告",
            "一、总体情况",
            "2021年，测试县民政局坚持以习近平新时代中国特色社会主义思想为",
            "指导，认真贯彻落实党中央、国务院关于全面推进政务公开工作的决策",
            "部署，紧紧围绕民政中心工作，不断完善政府信息公开工作机制，稳步",
            "推进决策、执行、管理、服务、结果公开，政府信息公开工作取得明显",
            "成效，全年主动公开政府信息一百二十六条，及时回应社会关切，进一",
            "步提升了政府信息公开的质量和实效。",
            "二、收到和处理政府信息公开申请情况以及依申请公开工作办理的",
            "具体措施情况",
            "本年度共收到申请3件。");
    assertThat(repairer.lines(wrapped))
        .contains("二、收到和处理政府信息公开申请情况以及依申请公开工作办理的具体措施情况", "本年度共收到申请3件。");
  }
}
