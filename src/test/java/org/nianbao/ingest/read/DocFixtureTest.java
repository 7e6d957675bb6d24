package org.nianbao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;
import org.nianbao.stats.Measure;
import org.nianbao.stats.Statistics;
import org.nianbao.stats.StatisticsExtractor;

/**
 * The Word 97 fixture real-files/siyang-jiaotong-2023.doc (POI cannot write .doc). Made once from
 * format-template-2021.docx: POI XWPF replaced the title and the "（文字描述）" placeholders and filled
 * the three tables with numbers, then LibreOffice 7 converted the DOCX ({@code soffice --headless
 * --convert-to doc}, filter "MS Word 97"). The tables keep the merged cells of the 2021 format: in
 * the .doc a horizontal merge is one wide cell, a vertical merge the fVertMerge flags.
 */
class DocFixtureTest {

  private static Path fixture() throws Exception {
    return Path.of(
        DocFixtureTest.class.getResource("/real-files/siyang-jiaotong-2023.doc").toURI());
  }

  @Test
  void the_doc_report_has_its_metadata_six_sections_and_one_line_per_table_row() throws Exception {
    Report r = new ReportParser().parse(fixture());
    assertThat(r.title()).isEqualTo("泗阳县交通运输局2023年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("泗阳县交通运输局");
    assertThat(r.county()).isEqualTo("泗阳县");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.warnings()).isEmpty();
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
    assertThat(r.sections().get(1).text()).contains("全年主动公开政府信息156条");
    assertThat(r.sections().get(6).text().strip()).isEqualTo("本年度未收取信息处理费。");
    assertThat(r.sections().get(2).text().split("\n"))
        .contains("行政规范性文件 2 1 15", "行政许可 128", "行政处罚 36");
    assertThat(r.sections().get(3).text().split("\n"))
        .contains(
            "一、本年新收政府信息公开申请数量 21 3 0 0 0 0 24",
            "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2",
            "三、本年度办理结果 （一）予以公开 10 2 0 0 0 0 12",
            "4.保护第三方合法权益 1 0 0 0 0 0 1",
            "（四）无法提供 1.本机关不掌握相关政府信息 5 1 0 0 0 0 6",
            "（七）总计 21 3 0 0 0 0 24",
            "四、结转下年度继续办理 2 0 0 0 0 0 2");
    assertThat(r.sections().get(4).text().split("\n")).contains("1 0 0 0 1 0 0 0 0 0 0 0 0 0 0");
  }

  @Test
  void merged_cells_are_expanded_on_the_ten_column_grid_of_table_three() throws Exception {
    Extracted x = new DocReader().read("x.doc", Files.readAllBytes(fixture()));
    assertThat(x.format()).isEqualTo(Format.DOC);
    List<String> lines = x.text().lines().toList();
    int from = lines.indexOf("\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计");
    int to = lines.indexOf("四、结转下年度继续办理\t\t\t2\t0\t0\t0\t0\t0\t2");
    assertThat(from).isPositive();
    assertThat(to - from + 1).isEqualTo(27);
    for (String row : lines.subList(from, to + 1)) {
      assertThat(row.split("\t", -1)).as(row).hasSize(10);
    }
    assertThat(lines)
        .contains(
            "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
            "一、本年新收政府信息公开申请数量\t\t\t21\t3\t0\t0\t0\t0\t24",
            // vertical merge: the continued cells are empty; 三、… spans two rows of grid columns
            "三、本年度办理结果\t（一）予以公开\t\t10\t2\t0\t0\t0\t0\t12",
            "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
            "\t\t2.重复申请\t1\t0\t0\t0\t0\t0\t1",
            "\t（七）总计\t\t21\t3\t0\t0\t0\t0\t24",
            "行政复议\t\t\t\t\t行政诉讼" + "\t".repeat(9),
            "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0");
  }

  @Test
  void the_statistics_of_the_doc_report_are_read() throws Exception {
    Statistics st = StatisticsExtractor.extract(new ReportParser().parse(fixture()));
    assertThat(st.format()).isEqualTo("2021");
    assertThat(st.warnings()).isEmpty();
    assertThat(st.newRequests()).isEqualTo(24);
    assertThat(st.carriedOver()).isEqualTo(2);
    assertThat(st.handledTotal()).isEqualTo(24);
    assertThat(st.carriedForward()).isEqualTo(2);
    assertThat(st.reviewTotal()).isEqualTo(1);
    assertThat(st.litigationDirectTotal()).isZero();
    assertThat(Measure.GRANTED.of(st)).isEqualTo(12);
    assertThat(Measure.PARTIAL.of(st)).isEqualTo(3);
    assertThat(Measure.DENIED_THIRD_PARTY.of(st)).isEqualTo(1);
    assertThat(Measure.DENIED.of(st)).isEqualTo(1);
  }
}
