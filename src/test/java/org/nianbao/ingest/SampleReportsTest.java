package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.ingest.Fixtures.section;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact metadata and section boundaries for the five real samples. */
class SampleReportsTest {

  private static Report parse(String prefix) throws ReportFileException {
    return Fixtures.PARSER.parse(Fixtures.samplePath(prefix));
  }

  @ParameterizedTest(name = "sample {0}")
  @CsvSource({
    "000, 2021-金乡县投资促进服务中心, 金乡县投资促进服务中心2021年政府信息公开工作年度报告, 金乡县投资促进服务中心, 金乡县, 2021",
    "001, 2021-金乡县工业和信息化局, 金乡县工业和信息化局2021年政府信息公开工作年度报告, 金乡县工业和信息化局, 金乡县, 2021",
    "002, 2020-高青县投资促进中心, 高青县投资促进中心2020年政府信息公开工作年度报告, 高青县投资促进中心, 高青县, 2020",
    "003, 2024-汶上县投资促进服务中心, 汶上县投资促进服务中心2024年政府信息公开工作年度报告, 汶上县投资促进服务中心, 汶上县, 2024",
    "004, 2022-金乡县行政审批服务局, 金乡县行政审批服务局2022年政府信息公开工作年度报告, 金乡县行政审批服务局, 金乡县, 2022",
  })
  void samples_have_exact_metadata(
      String prefix, String id, String title, String agency, String county, int year)
      throws ReportFileException {
    Report r = parse(prefix);
    assertThat(r.source()).isEqualTo(Fixtures.samplePath(prefix).toString());
    assertThat(r.id()).isEqualTo(id);
    assertThat(r.title()).isEqualTo(title);
    assertThat(r.agency()).isEqualTo(agency);
    assertThat(r.county()).isEqualTo(county);
    assertThat(r.year()).isEqualTo(year);
    assertThat(r.warnings()).isEmpty();
  }

  @ParameterizedTest(name = "sample {0}")
  @CsvSource({"000", "001", "002", "003", "004"})
  void samples_have_the_six_standard_sections_after_the_preamble(String prefix)
      throws ReportFileException {
    Report r = parse(prefix);
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.sections())
        .extracting(Section::title)
        .containsExactly(
            "",
            "总体情况",
            "主动公开政府信息情况",
            "收到和处理政府信息公开申请情况",
            "政府信息公开行政复议、行政诉讼情况",
            "存在的主要问题及改进情况",
            "其他需要报告的事项");
    for (Section s : r.sections()) {
      assertThat(s.text()).doesNotContain("\n\n").isEqualTo(s.text().strip());
      for (String line : s.text().split("\n")) {
        assertThat(line).isEqualTo(line.strip());
      }
      assertThat(s.text()).doesNotContain(s.number() == 0 ? "年度报告\n" : "一、总体情况");
    }
  }

  @Test
  void sample_000_keeps_table_rows_that_look_like_headings_inside_section_three()
      throws ReportFileException {
    Report r = parse("000");
    Section three = section(r, 3);
    assertThat(three.text())
        .startsWith("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n")
        .contains("\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n")
        .contains("\n三、本年度办理结果\n（一）予以公开 0 0 0 0 0 0 0\n")
        .contains("\n（三）不予公开\n1.属于国家秘密 0 0 0 0 0 0 0\n")
        .contains("\n5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0\n")
        .endsWith("\n（七）总计 0 0 0 0 0 0 0\n四、结转下年度继续办理 0 0 0 0 0 0 0");
    assertThat(three.subsections()).isEmpty();
    Section four = section(r, 4);
    assertThat(four.title()).startsWith("政府信息公开行政复议");
    assertThat(four.text()).startsWith("行政复议 行政诉讼\n").endsWith(" 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0");
  }

  @Test
  void sample_000_joins_sentences_broken_across_blank_lines() throws ReportFileException {
    Report r = parse("000");
    assertThat(section(r, 0).text())
        .startsWith("本报告由金乡县投资促进服务中心按照《中华人民共和国政府信息公开条例》（以下简称《条例》）")
        .contains("统计期限自2021年1月1日起至2021年12月31日止。")
        .endsWith("联系电话：0537-8709110）。");
    assertThat(section(r, 1).text())
        .contains("办公室负责微信公众号的编辑、审核、发布工作")
        .contains("坚持“涉密信息不上网”“涉密信息不公开”“公开信息不涉密”，全年未发生");
    assertThat(section(r, 2).text())
        .isEqualTo(
            String.join(
                "\n",
                "第二十条第（一）项",
                "信息内容 本年制发件数 本年废止件数 现行有效件数",
                "规章 0 0 0",
                "行政规范性文件 0 0 0",
                "第二十条第（五）项",
                "信息内容 本年处理决定数量",
                "行政许可 0",
                "第二十条第（六）项",
                "信息内容 本年处理决定数量",
                "行政处罚 0",
                "行政强制 0",
                "第二十条第（八）项",
                "信息内容 本年收费金额（单位：万元）",
                "行政事业性收费 0"));
  }

  @Test
  void sample_000_subsections_point_at_their_heading_lines() throws ReportFileException {
    Section one = section(parse("000"), 1);
    assertThat(one.subsections())
        .extracting(Subsection::label, Subsection::title, Subsection::offset)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("（一）", "主动公开情况", 0),
            org.assertj.core.groups.Tuple.tuple("（二）", "依申请公开情况", 144),
            org.assertj.core.groups.Tuple.tuple("（三）", "政府信息管理情况", 172),
            org.assertj.core.groups.Tuple.tuple("（四）", "政府信息公开平台建设情况", 383),
            org.assertj.core.groups.Tuple.tuple("（五）", "监督保障情况", 556));
    for (Subsection sub : one.subsections()) {
      assertThat(one.text().substring(sub.offset())).startsWith(sub.label() + sub.title());
      assertThat(sub.offset() == 0 || one.text().charAt(sub.offset() - 1) == '\n').isTrue();
    }
  }

  @Test
  void sample_001_joins_the_split_title_and_drops_page_footers() throws ReportFileException {
    Report r = parse("001");
    assertThat(r.title()).isEqualTo("金乡县工业和信息化局2021年政府信息公开工作年度报告");
    assertThat(section(r, 0).text()).startsWith("本报告由金乡县工业和信息化局按照《中华人民共和国政府信息公开条例》");
    assertThat(section(r, 2).text()).doesNotContain("- 4 -").contains("\n行政处罚 0\n");
    assertThat(section(r, 5).text())
        .contains("1.部分人员主动公开意识及工作水平有待进一步提高，政府信息公开渠道还有待进一步完善。\n2.政策解读")
        .doesNotContain("- 6 -");
    assertThat(section(r, 6).subsections())
        .extracting(Subsection::label)
        .containsExactly("（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）");
    assertThat(section(r, 6).subsections().get(6).title())
        .isEqualTo("其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项");
    assertThat(section(r, 6).text()).endsWith("年度报告予以报告的事项\n无。");
  }

  @Test
  void sample_002_keeps_tab_separated_table_rows_one_per_line() throws ReportFileException {
    Report r = parse("002");
    assertThat(section(r, 2).text())
        .contains("\n其他对外管理服务事项 17 +2 19\n")
        .endsWith("信息内容 采购项目数量 采购总金额\n政府集中采购 0 0");
    assertThat(section(r, 3).text())
        .contains("\n三、本年度办理结果 （一）予以公开 0 0 0 0 0 0 0\n")
        .endsWith("\n四、结转下年度继续办理 0 0 0 0 0 0 0");
    assertThat(section(r, 1).text()).contains("董晓童同志为副组长，中心办公室全体人员");
    assertThat(section(r, 6).text()).isEqualTo("无。");
  }

  @Test
  void sample_003_removes_the_bookmark_and_rebuilds_word_table_rows() throws ReportFileException {
    Report r = parse("003");
    assertThat(section(r, 0).text()).startsWith("本报告由汶上县投资促进服务中心按照").doesNotContain("bookmark");
    assertThat(section(r, 2).text()).startsWith("第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n");
    assertThat(section(r, 3).text())
        .contains("\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n")
        .endsWith("\n四、结转下年度继续办理 0 0 0 0 0 0 0");
    assertThat(section(r, 6).subsections())
        .extracting(Subsection::title)
        .contains("本中心人大代表建议和政协提案办理结果公开情况");
  }

  @Test
  void sample_004_removes_the_duplicated_title_word() throws ReportFileException {
    Report r = parse("004");
    assertThat(r.title()).isEqualTo("金乡县行政审批服务局2022年政府信息公开工作年度报告");
    assertThat(section(r, 1).text()).startsWith("2022年，在县委、县政府的坚强领导下").contains("围绕行政审批领域做好信息公开工作");
    assertThat(section(r, 6).text()).endsWith("（七）其他有关文件专门要求通过政府信息公开工作年度报告予以报告的事项\n无");
  }

  @Test
  void bundled_samples_get_distinct_ids() throws Exception {
    List<Report> reports = BundledCorpus.parseAll(Fixtures.PARSER);
    assertThat(reports).extracting(Report::id).doesNotHaveDuplicates().hasSize(5);
  }
}
