package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * One stray byte never loses a report: a UTF-8 report with a lone 0xFF, a Latin-1 é or cp1252
 * quotes is decoded with the bad bytes replaced and a warning; only real binary is rejected.
 */
class StrayBytesTest {
  private static final Path SAMPLE = Path.of("src/main/resources/corpus/000_bf1f93b444d87913.txt");
  private static final String ID = "2021-金乡县投资促进服务中心";

  private final ReportParser parser = new ReportParser();

  /** The sample with {@code stray} inserted after its first sentence end. */
  private static byte[] withStray(byte[] stray) throws Exception {
    String text = Files.readString(SAMPLE);
    int at = text.indexOf('。') + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(stray);
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private Report parse(byte[] bytes) throws Exception {
    return parser.parseBytes("stray.txt", bytes);
  }

  private static String fullText(Report r) {
    StringBuilder sb = new StringBuilder();
    r.sections().forEach(s -> sb.append(s.text()).append('\n'));
    return sb.toString();
  }

  @Test
  void a_single_0xff_is_replaced_with_a_warning() throws Exception {
    Report r = parse(withStray(new byte[] {(byte) 0xFF}));
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.warnings()).contains("1 个字节无法按 UTF-8 解码，已替换为“\uFFFD”");
    assertThat(fullText(r)).contains("\uFFFD");
  }

  @Test
  void a_latin1_e_acute_is_replaced_with_a_warning() throws Exception {
    Report r = parse(withStray("café ".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.warnings()).contains("1 个字节无法按 UTF-8 解码，已替换为“\uFFFD”");
    assertThat(fullText(r)).contains("caf\uFFFD");
  }

  @Test
  void cp1252_quotes_are_replaced_with_a_warning() throws Exception {
    Report r = parse(withStray("\u201cquoted\u201d ".getBytes(Charset.forName("windows-1252"))));
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.warnings()).contains("2 个字节无法按 UTF-8 解码，已替换为“\uFFFD”");
    assertThat(fullText(r)).contains("\uFFFDquoted\uFFFD");
  }

  @Test
  void a_stray_byte_after_a_utf8_bom_is_replaced_too() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.writeBytes(withStray(new byte[] {(byte) 0xFF}));
    Report r = parse(out.toByteArray());
    assertThat(r.id()).isEqualTo(ID);
    assertThat(r.warnings()).contains("1 个字节无法按 UTF-8 解码，已替换为“\uFFFD”");
  }

  @Test
  void clean_utf8_and_gbk_reports_get_no_stray_byte_warning() throws Exception {
    String text = Files.readString(SAMPLE);
    Report utf8 = parse(text.getBytes(StandardCharsets.UTF_8));
    Report gbk = parse(text.getBytes(Charset.forName("GB18030")));
    assertThat(utf8.id()).isEqualTo(ID);
    assertThat(gbk.id()).isEqualTo(ID);
    assertThat(fullText(gbk)).isEqualTo(fullText(utf8));
    assertThat(utf8.warnings()).noneMatch(w -> w.contains("UTF-8"));
    assertThat(gbk.warnings()).noneMatch(w -> w.contains("UTF-8"));
  }

  @Test
  void random_bytes_without_nul_are_still_rejected_as_binary() {
    byte[] noise = new byte[8192];
    new Random(7).nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = 1;
      }
    }
    assertThatThrownBy(() -> parse(noise))
        .isInstanceOfSatisfying(
            ReportFileException.class, e -> assertThat(e.reason()).startsWith("二进制文件"));
  }

  @Test
  void heavy_damage_is_not_read_as_utf8() throws Exception {
    // half UTF-8, half GBK: far more than a few stray bytes, so not "UTF-8 with damage"
    String text = Files.readString(SAMPLE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(text.substring(0, text.length() / 2).getBytes(StandardCharsets.UTF_8));
    out.writeBytes(text.substring(text.length() / 2).getBytes(Charset.forName("GB18030")));
    TextDecoder.Decoded d = new TextDecoder().decode("x", out.toByteArray());
    assertThat(d.charset()).isNotEqualTo(StandardCharsets.UTF_8);
    assertThat(d.warning().orElse("")).doesNotContain("无法按 UTF-8 解码，已替换");
  }
}
