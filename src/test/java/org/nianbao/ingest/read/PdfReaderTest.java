package org.nianbao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.read.TestPdfs.Text;

/** PDFs written by the test with an embedded CJK TrueType font. */
class PdfReaderTest {

  private final ReportParser parser = new ReportParser();

  static final List<String> REPORT =
      List.of(
          "金乡县交通运输局2022年政府信息公开工作年度报告",
          "本报告由金乡县交通运输局编制。统计期限自2022年1月1日起至2022年12月31日止。",
          "一、总体情况",
          "2022年，本局通过微信公众号主动公开信息共80条。",
          "二、主动公开政府信息情况",
          "规章制发件数为零。",
          "三、收到和处理政府信息公开申请情况",
          "本年新收申请3件，均已答复。",
          "四、政府信息公开行政复议、行政诉讼情况",
          "本年无行政复议。",
          "五、存在的主要问题及改进情况",
          "公开内容还不够丰富。",
          "六、其他需要报告的事项",
          "本年未收取信息处理费。");

  @Test
  void a_text_pdf_gives_the_report_with_section_pages_and_no_page_footers() throws Exception {
    byte[] pdf = TestPdfs.simplePdf(REPORT, 5);
    ReportParser.Parsed parsed = parser.parseFile("jx.pdf", pdf);
    Report r = parsed.report();
    assertThat(parsed.format()).isEqualTo(Format.PDF);
    assertThat(r.agency()).isEqualTo("金乡县交通运输局");
    assertThat(r.county()).isEqualTo("金乡县");
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    // five lines a page: 一、 on page 1, 二、 page 1, 三、 page 2, 四、 page 2, 五、 page 3, 六、 page 3
    assertThat(r.sections()).extracting(Section::page).containsExactly(1, 1, 1, 2, 2, 3, 3);
    assertThat(r.sections().get(1).text()).isEqualTo("2022年，本局通过微信公众号主动公开信息共80条。");
    assertThat(r.sections().get(6).text()).isEqualTo("本年未收取信息处理费。");
  }

  @Test
  void a_two_column_page_is_read_left_column_first() throws Exception {
    List<Text> runs = new ArrayList<>();
    String left = "左栏第一句话写的是主动公开情况左栏内容很长一直写到栏边";
    String right = "右栏第一句话写的是依申请公开情况右栏内容也写到栏的边";
    for (int i = 0; i < 8; i++) {
      runs.add(new Text(40, 100 + 20 * i, 9, "左" + i + left.substring(0, 24)));
      runs.add(new Text(310, 100 + 20 * i, 9, "右" + i + right.substring(0, 24)));
    }
    Extracted x = new PdfReader().read("two.pdf", TestPdfs.pdf(List.of(runs)));
    List<String> lines = x.text().lines().toList();
    assertThat(lines).hasSize(16);
    assertThat(lines.get(0)).startsWith("左0");
    assertThat(lines.get(7)).startsWith("左7");
    assertThat(lines.get(8)).startsWith("右0");
    assertThat(lines.get(15)).startsWith("右7");
  }

  @Test
  void table_cells_of_one_row_are_one_line_even_when_drawn_column_by_column() throws Exception {
    String[][] table = {
      {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
      {"规章", "0", "0", "0"},
      {"行政规范性文件", "12", "3", "45"},
    };
    List<Text> runs = new ArrayList<>();
    float[] xs = {60, 200, 300, 400};
    for (int c = 0; c < 4; c++) { // column by column, as some generators draw tables
      for (int r = 0; r < table.length; r++) {
        runs.add(new Text(xs[c], 100 + 24 * r, 10, table[r][c]));
      }
    }
    Extracted x = new PdfReader().read("table.pdf", TestPdfs.pdf(List.of(runs)));
    assertThat(x.text()).isEqualTo("信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t12\t3\t45");
  }

  @Test
  void a_pdf_without_text_layer_is_rejected_as_a_scan() throws Exception {
    byte[] scan = TestPdfs.scannedPdf();
    assertThatThrownBy(() -> parser.parseBytes("scan.pdf", scan))
        .hasMessage("scan.pdf: 扫描件，无文字层，需先 OCR");
  }

  @Test
  void a_pdf_whose_font_has_no_unicode_map_is_rejected_as_mojibake() throws Exception {
    byte[] pdf = TestPdfs.mojibakePdf(REPORT);
    assertThatThrownBy(() -> parser.parseBytes("garbled.pdf", pdf))
        .hasMessage("garbled.pdf: 乱码：PDF 字体没有 Unicode 映射，提取出的文字无法识别，需先 OCR");
  }

  @Test
  void an_encrypted_pdf_that_opens_without_password_is_read() throws Exception {
    byte[] pdf = TestPdfs.encrypt(TestPdfs.simplePdf(REPORT, 20), "");
    assertThat(parser.parseBytes("enc.pdf", pdf).agency()).isEqualTo("金乡县交通运输局");
  }

  @Test
  void an_encrypted_pdf_that_needs_a_password_is_rejected() throws Exception {
    byte[] pdf = TestPdfs.encrypt(TestPdfs.simplePdf(REPORT, 20), "user-secret");
    assertThatThrownBy(() -> parser.parseBytes("locked.pdf", pdf))
        .hasMessage("locked.pdf: PDF 已加密，需要密码才能打开");
  }

  @Test
  void a_damaged_pdf_is_rejected_as_unreadable() {
    byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes();
    assertThatThrownBy(() -> parser.parseBytes("broken.pdf", pdf))
        .hasMessageStartingWith("broken.pdf: 无法读取的二进制文件（PDF 已损坏：");
  }

  @Test
  void page_numbers_are_recognised() {
    assertThat(PdfFurniture.isPageNumber("- 3 -")).isTrue();
    assertThat(PdfFurniture.isPageNumber("第 3 页")).isTrue();
    assertThat(PdfFurniture.isPageNumber("3/5")).isTrue();
    assertThat(PdfFurniture.isPageNumber("第3页，共5页")).isTrue();
    assertThat(PdfFurniture.isPageNumber("行政许可\t550")).isFalse();
  }
}
