package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decoding cascade: BOM → strict UTF-8 → detector → GB18030. */
class TextDecoderTest {
  private static final String REPORT =
      "测试县民政局2021年政府信息公开工作年度报告\r\n一、总体情况\r\n本局通过微信公众号主动公开信息12条，"
          + "全年未发生泄密事件，确保政府信息公开工作规范有序开展。\r\n";

  private final TextDecoder decoder = new TextDecoder();

  @TempDir Path dir;

  private static byte[] withBom(int[] bom, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : bom) {
      out.write(b);
    }
    out.writeBytes(body);
    return out.toByteArray();
  }

  @Test
  void utf8_without_bom_is_decoded_strictly() throws Exception {
    var d = decoder.decode("x", REPORT.getBytes(StandardCharsets.UTF_8));
    assertThat(d.text()).isEqualTo(REPORT);
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.warning()).isEmpty();
  }

  @Test
  void utf8_bom_is_stripped() throws Exception {
    var d =
        decoder.decode(
            "x", withBom(new int[] {0xEF, 0xBB, 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.text()).isEqualTo(REPORT);
  }

  @Test
  void utf16le_and_utf16be_with_bom_are_decoded() throws Exception {
    var le =
        decoder.decode(
            "x", withBom(new int[] {0xFF, 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE)));
    var be =
        decoder.decode(
            "x", withBom(new int[] {0xFE, 0xFF}, REPORT.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(le.text()).isEqualTo(REPORT);
    assertThat(be.text()).isEqualTo(REPORT);
    assertThat(le.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(be.charset()).isEqualTo(StandardCharsets.UTF_16BE);
  }

  @Test
  void utf16le_without_bom_is_recognised_by_its_nul_bytes() throws Exception {
    String ascii = "2021 report 12 items. " + REPORT;
    var d = decoder.decode("x", ascii.getBytes(StandardCharsets.UTF_16LE));
    assertThat(d.text()).isEqualTo(ascii);
  }

  @Test
  void gbk_text_is_decoded_as_gb18030() throws Exception {
    var d = decoder.decode("x", REPORT.getBytes(Charset.forName("GBK")));
    assertThat(d.text()).isEqualTo(REPORT);
    assertThat(d.charset().name()).isEqualTo("GB18030");
  }

  @Test
  void very_short_gbk_text_falls_back_to_gb18030() throws Exception {
    var d = decoder.decode("x", "公众号".getBytes(Charset.forName("GBK")));
    assertThat(d.text()).isEqualTo("公众号");
  }

  @Test
  void gbk_utf16_and_bom_files_parse_to_the_same_report() throws Exception {
    Path gbk = Files.write(dir.resolve("gbk.txt"), REPORT.getBytes(Charset.forName("GB18030")));
    Path utf16 =
        Files.write(
            dir.resolve("utf16.txt"),
            withBom(new int[] {0xFF, 0xFE}, REPORT.getBytes(StandardCharsets.UTF_16LE)));
    Path bom =
        Files.write(
            dir.resolve("bom.txt"),
            withBom(new int[] {0xEF, 0xBB, 0xBF}, REPORT.getBytes(StandardCharsets.UTF_8)));
    Report expected = Fixtures.PARSER.parseText("t", REPORT);
    for (Path file : new Path[] {gbk, utf16, bom}) {
      Report r = Fixtures.PARSER.parse(file);
      assertThat(r.title()).isEqualTo("测试县民政局2021年政府信息公开工作年度报告");
      assertThat(r.sections()).isEqualTo(expected.sections());
      assertThat(r.warnings()).isEqualTo(expected.warnings());
    }
  }

  @Test
  void binary_formats_are_rejected_by_magic_number() {
    assertThatThrownBy(
            () -> decoder.decode("a.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(ReportFileException.class)
        .hasMessage("a.pdf: 二进制文件（PDF），不是文本");
    assertThatThrownBy(() -> decoder.decode("a.docx", new byte[] {'P', 'K', 3, 4, 0, 0}))
        .hasMessageContaining("二进制文件");
  }

  @Test
  void nul_bytes_that_are_not_utf16_mean_binary() {
    assertThatThrownBy(
            () -> decoder.decode("b.bin", new byte[] {1, 0, 0, 7, (byte) 0x90, 0, 0, 0, 5}))
        .isInstanceOf(ReportFileException.class)
        .hasMessage("b.bin: 二进制文件（含 NUL 字节），不是文本");
  }

  @Test
  void a_broken_utf16_file_with_bom_is_a_decoding_error() {
    byte[] bytes = withBom(new int[] {0xFF, 0xFE}, new byte[] {0x00, (byte) 0xD8, 0x41});
    assertThatThrownBy(() -> decoder.decode("c.txt", bytes))
        .isInstanceOf(ReportFileException.class)
        .hasMessageContaining("无法按 UTF-16LE 解码");
  }
}
