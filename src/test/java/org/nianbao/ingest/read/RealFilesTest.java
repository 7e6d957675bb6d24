package org.nianbao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;

/** The real published files under src/test/resources/real-files. */
class RealFilesTest {

  private final ReportParser parser = new ReportParser();

  static byte[] realFile(String name) {
    try (InputStream in = RealFilesTest.class.getResourceAsStream("/real-files/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /real-files/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void hongze_2023_pdf_has_its_metadata_six_sections_their_pages_and_intact_table_rows()
      throws Exception {
    ReportParser.Parsed parsed = parser.parseFile("hongze-2023.pdf", realFile("hongze-2023.pdf"));
    Report r = parsed.report();
    assertThat(parsed.format()).isEqualTo(Format.PDF);
    assertThat(r.title()).isEqualTo("洪泽区人民政府2023年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("洪泽区人民政府");
    assertThat(r.county()).isEqualTo("洪泽区");
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
    assertThat(r.sections()).extracting(Section::page).containsExactly(1, 1, 2, 3, 4, 4, 5);
    String table = r.sections().get(3).text();
    assertThat(table.split("\n"))
        .contains(
            "一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21",
            "1.本机关不掌握相关政府信息 10 0 0 0 0 0 10",
            // the vertically set label of the merged cell is one line, not one character per row
            "三、本年度办理结果",
            "2.其他法律行政止公开 0 0 0 0 0 0 0",
            "（三）不予公开",
            "5.属于三类内部事务信息 0 0 0 0 0 0 0",
            "（七）总计 21 0 0 0 0 0 21",
            "四、结转下年度继续办理 0 0 0 0 0 0 0");
    assertThat(r.sections().get(2).text().split("\n")).contains("行政许可 550", "行政处罚 4119");
    assertThat(r.sections().get(4).text().split("\n")).contains("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0");
    // page footers (- 1 -) are gone
    assertThat(String.join("\n", r.sections().stream().map(Section::text).toList()))
        .doesNotContainPattern("(?m)^- ?\\d+ ?-$");
    assertThat(r.contentHash()).hasSize(64);
    assertThat(r.sourceUrl()).isNull();
  }

  @Test
  void hongze_2024_pdf_takes_agency_and_year_from_the_text_not_the_pdf_metadata() throws Exception {
    Report r = parser.parseBytes("hongze-2024.pdf", realFile("hongze-2024.pdf"));
    assertThat(r.title()).isEqualTo("淮安市洪泽区人民政府2024年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("洪泽区人民政府");
    assertThat(r.county()).isEqualTo("洪泽区");
    assertThat(r.year()).isEqualTo(2024);
    assertThat(r.id()).isEqualTo("2024-洪泽区人民政府");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.sections()).extracting(Section::page).containsExactly(1, 1, 2, 3, 4, 4, 5);
    assertThat(r.sections().get(3).text().split("\n"))
        .contains(
            "一、本年新收政府信息公开申请数量 95 0 0 0 0 0 95",
            "（四）无法提供 1.本机关不掌握相关政府信息 31 0 0 0 0 0 31",
            "三、本年度办理结果",
            "3.危及“三安全一稳定” 1 0 0 0 0 0 1",
            "（七）总计 95 0 0 0 0 0 95");
    assertThat(r.sections().get(4).text().split("\n")).contains("1 1 0 0 2 1 0 0 0 1 2 0 1 0 3");
  }

  @Test
  void the_2021_format_template_is_rejected_as_a_template_not_a_report() {
    assertThatThrownBy(
            () ->
                parser.parseBytes(
                    "format-template-2021.docx", realFile("format-template-2021.docx")))
        .isInstanceOf(ReportFileException.class)
        .hasMessage("format-template-2021.docx: 不是政府信息公开工作年度报告（是格式模板：政府信息公开工作年度报告格式模板）");
  }

  @Test
  void the_template_tables_keep_the_ten_column_grid_of_table_three() throws Exception {
    Extracted x = new DocxReader().read("t.docx", realFile("format-template-2021.docx"));
    assertThat(x.format()).isEqualTo(Format.DOCX);
    java.util.List<String> lines = x.text().lines().toList();
    int from = lines.indexOf("\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计");
    int to = lines.indexOf("四、结转下年度继续办理" + "\t".repeat(9));
    assertThat(from).isPositive();
    assertThat(to - from + 1).isEqualTo(27);
    for (String row : lines.subList(from, to + 1)) {
      assertThat(row.split("\t", -1)).as(row).hasSize(10);
    }
    assertThat(lines)
        .contains(
            "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
            "三、本年度办理结果\t（一）予以公开" + "\t".repeat(8),
            "\t（三）不予公开\t1.属于国家秘密" + "\t".repeat(7),
            "\t\t5.要求行政机关确认或重新出具已获取信息" + "\t".repeat(7),
            "行政复议\t\t\t\t\t行政诉讼" + "\t".repeat(9));
  }
}
