package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.ingest.Fixtures.parseFixture;
import static org.nianbao.ingest.Fixtures.section;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Heading detection: variants, table rows, missing sections and older formats. */
class SectionSplitterTest {

  private static List<Section> split(String... lines) {
    return SectionSplitter.split(List.of(lines), 0);
  }

  @Test
  void table_rows_that_look_like_headings_do_not_start_sections() throws Exception {
    Report r = parseFixture("table-rows-as-headings.txt");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(section(r, 3).text())
        .startsWith("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n")
        .contains("\n三、本年度办理结果 （一）予以公开 1 0 0 0 0 0 1\n")
        .endsWith("\n四、结转下年度继续办理");
    assertThat(section(r, 4).title()).isEqualTo("政府信息公开行政复议、行政诉讼情况");
    assertThat(section(r, 4).text()).startsWith("行政复议 行政诉讼\n");
  }

  @Test
  void heading_variants_are_recognised() throws Exception {
    Report r = parseFixture("heading-variants.txt");
    assertThat(r.title()).isEqualTo("测试县卫生健康局2021年政府信息公开工作年度报告");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4);
    assertThat(r.sections())
        .extracting(Section::title)
        .containsExactly("", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况");
    Section one = section(r, 1);
    assertThat(one.text()).isEqualTo("（一）主动公开情况\n本局主动公开信息40条。\n（二）依申请公开情况\n本局收到申请2件。");
    assertThat(one.subsections())
        .containsExactly(new Subsection("（一）", "主动公开情况", 0), new Subsection("（二）", "依申请公开情况", 23));
  }

  @Test
  void missing_sections_keep_the_numbers_as_written_and_are_reported() throws Exception {
    Report r = parseFixture("missing-sections.txt");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 5);
    assertThat(r.warnings())
        .containsExactly(
            "缺少第3部分（收到和处理政府信息公开申请情况）", "缺少第4部分（政府信息公开行政复议、行政诉讼情况）", "缺少第6部分（其他需要报告的事项）");
  }

  @Test
  void older_formats_keep_their_own_numbering_and_titles() throws Exception {
    Report r = parseFixture("older-format-2018.txt");
    assertThat(r.year()).isEqualTo(2018);
    assertThat(r.sections())
        .extracting(Section::title)
        .containsExactly(
            "",
            "概述",
            "主动公开政府信息情况",
            "依申请公开政府信息情况",
            "政府信息公开的收费及减免情况",
            "因政府信息公开申请行政复议、提起行政诉讼的情况",
            "政府信息公开工作存在的主要问题及改进情况",
            "其他需要报告的事项");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void the_preamble_is_section_zero_and_can_be_empty() {
    List<Section> sections = split("一、总体情况", "正文。");
    assertThat(sections.get(0)).isEqualTo(new Section(0, "概述", "", "", List.of()));
    assertThat(sections.get(1)).isEqualTo(new Section(1, "总体情况", "总体情况", "正文。", List.of()));
  }

  @Test
  void section_numbers_only_increase() {
    List<Section> sections = split("一、总体情况", "二、主动公开政府信息情况", "一、另一件事", "三、收到和处理政府信息公开申请情况");
    assertThat(sections).extracting(Section::number).containsExactly(0, 1, 2, 3);
    assertThat(sections.get(2).text()).isEqualTo("一、另一件事");
  }

  @Test
  void long_or_sentence_like_numbered_lines_are_not_headings() {
    List<Section> sections = split("一、总体情况", "二、主动公开方面，我局全年发布信息，效果良好。", "二、上年结转政府信息公开申请数量 0 0 0");
    assertThat(sections).extracting(Section::number).containsExactly(0, 1);
  }

  @Test
  void a_known_title_followed_by_a_colon_is_split_from_its_text() {
    List<Section> sections = split("五、存在的主要问题及改进情况：公开形式单一。");
    assertThat(sections.get(1))
        .isEqualTo(new Section(5, "问题改进", "存在的主要问题及改进情况", "公开形式单一。", List.of()));
  }

  @Test
  void table_labels_in_parentheses_are_not_subsections() {
    List<Section> sections = split("三、收到和处理政府信息公开申请情况", "（一）予以公开 0 0", "（三）不予公开", "1.属于国家秘密 0 0");
    assertThat(sections.get(1).subsections()).isEmpty();
  }

  /*
   * Files that are not hard-wrapped (one paragraph per line) but have several 30–50-wide lines
   * (titles, subsection headings): the wrap estimate must not make a heading absorb the paragraph
   * after it.
   */

  @Test
  void unwrapped_file_with_mid_width_lines_keeps_every_heading() throws Exception {
    Report r = parseFixture("unwrapped-mid-width-headings.txt");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.warnings()).isEmpty();
    assertThat(section(r, 5).title()).isEqualTo("存在的主要问题及改进情况");
    assertThat(section(r, 5).text()).startsWith("本机关政府信息公开工作仍存在");
    assertThat(section(r, 1).subsections()).hasSize(5);
    assertThat(section(r, 1).text()).contains("\n（一）政府信息主动公开平台建设\n全年通过");
  }

  @Test
  void unwrapped_older_format_keeps_its_long_headings() throws Exception {
    Report r = parseFixture("unwrapped-older-headings.txt");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(section(r, 5).title()).isEqualTo("因政府信息公开申请行政复议、提起行政诉讼的情况");
    assertThat(section(r, 5).text()).isEqualTo("全年未发生因政府信息公开申请引起的行政复议和行政诉讼案件。");
    assertThat(section(r, 6).title()).isEqualTo("政府信息公开工作存在的主要问题及改进情况");
    assertThat(section(r, 6).text()).startsWith("公开内容不够全面");
  }

  @Test
  void unwrapped_part_headings_never_absorb_the_next_line() throws Exception {
    Report r = parseFixture("unwrapped-part-headings.txt");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.warnings()).isEmpty();
    assertThat(section(r, 5).title()).isEqualTo("存在的主要问题及改进情况");
    assertThat(section(r, 5).text()).startsWith("政策解读形式较为单一");
    assertThat(section(r, 4).text()).isEqualTo("本年度未发生政府信息公开行政复议、行政诉讼案件。");
  }

  @Test
  void wrap_width_is_estimated_from_prose_lines_only() {
    List<LineJoiner.Piece> headings = new java.util.ArrayList<>();
    for (String line :
        List.of(
            "金乡县民政局2021年政府信息公开工作年度报告",
            "（一）政府信息主动公开平台建设",
            "（二）依申请公开办理工作规范化",
            "（三）政府信息资源规范化标准化",
            "（四）政府信息公开平台建设完善",
            "（五）监督保障和教育培训工作",
            "第五部分 存在的主要问题及改进情况",
            "五、因政府信息公开申请行政复议、提起行政诉讼的情况")) {
      headings.add(new LineJoiner.Piece(line, LineJoiner.Kind.TEXT));
    }
    assertThat(LineJoiner.estimateWrapWidth(headings)).isZero();
  }
}
