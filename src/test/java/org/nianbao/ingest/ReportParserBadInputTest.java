package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input becomes one ReportFileException naming the file and the reason. */
class ReportParserBadInputTest {
  private final ReportParser parser = new ReportParser();

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  private void assertRejected(Path file, String reason) {
    assertThatThrownBy(() -> parser.parse(file))
        .isInstanceOfSatisfying(
            ReportFileException.class,
            e -> {
              assertThat(e.source()).isEqualTo(file.toString());
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.getMessage()).isEqualTo(file + ": " + reason).doesNotContain("\n");
            });
  }

  @Test
  void empty_file_is_rejected() throws Exception {
    assertRejected(write("empty.txt", new byte[0]), "文件为空");
  }

  @Test
  void whitespace_only_file_is_rejected_as_empty() throws Exception {
    assertRejected(write("blank.txt", " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8)), "文件为空");
  }

  @Test
  void binary_file_is_rejected() throws Exception {
    byte[] noise = new byte[4096];
    new Random(42).nextBytes(noise);
    noise[10] = 0;
    assertThatThrownBy(() -> parser.parse(write("noise.bin", noise)))
        .isInstanceOf(ReportFileException.class)
        .hasMessageContaining("二进制文件");
  }

  @Test
  void control_characters_without_nul_are_rejected_as_binary() throws Exception {
    String text =
        "年度报告\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010\u0011".repeat(5);
    assertThatThrownBy(() -> parser.parseText("ctl.txt", text))
        .hasMessage("ctl.txt: 二进制文件（含大量控制字符），不是文本");
  }

  @Test
  void a_notice_is_not_an_annual_report() throws Exception {
    Path notice =
        write("notice.txt", Fixtures.fixture("notice.txt").getBytes(StandardCharsets.UTF_8));
    assertRejected(notice, "不是政府信息公开工作年度报告（是通知：关于做好2021年度政府信息公开工作年度报告编制和发布工作的通知）");
  }

  @Test
  void missing_file_and_directory_are_rejected() throws Exception {
    assertRejected(dir.resolve("nope.txt"), "文件不存在");
    assertRejected(dir, "是目录，不是文件");
  }

  @Test
  void unreadable_file_is_rejected() throws Exception {
    Path file = write("secret.txt", "x".getBytes(StandardCharsets.UTF_8));
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "no POSIX permissions");
    }
    assumeTrue(!Files.isReadable(file), "running as root: permissions are not enforced");
    assertRejected(file, "无法读取文件（没有读取权限）");
  }

  @Test
  void file_over_20_mb_is_rejected_without_reading_it() throws Exception {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
      raf.setLength(ReportParser.MAX_BYTES + 1);
    }
    assertRejected(big, "文件过大（20.0 MB，上限 20 MB）");
  }

  @Test
  void a_report_without_recognisable_structure_but_with_a_report_title_is_accepted_with_warnings()
      throws Exception {
    Report r = parser.parseText("t.txt", "某某单位政府信息公开工作年度报告\n本年度工作情况良好。");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0);
    assertThat(r.warnings()).contains("未识别到年份", "未识别到章节，全文作为前言");
    assertThat(r.id()).isEqualTo("某某单位");
  }

  @Test
  void text_without_title_but_with_known_sections_is_accepted_and_named_after_the_file()
      throws Exception {
    Report r = parser.parseText("dir/无标题报告.txt", "一、总体情况\n本局公开信息5条。\n二、主动公开政府信息情况\n规章 0 0 0");
    assertThat(r.title()).isEqualTo("无标题报告");
    assertThat(r.warnings()).contains("未找到标题，以文件名代替", "未识别到年份", "未识别到发布机关");
    assertThat(r.id()).isEqualTo("无标题报告");
  }

  @Test
  void pathological_lines_do_not_overflow_the_stack() throws Exception {
    String numbers = "某某局2021年政府信息公开工作年度报告\n一、总体情况\n规章 " + "0 ".repeat(200_000);
    assertThat(parser.parseText("nums.txt", numbers).sections()).hasSize(2);
    assertThatThrownBy(() -> parser.parseText("long.txt", "测试".repeat(500_000)))
        .isInstanceOf(ReportFileException.class)
        .hasMessageStartingWith("long.txt: 不是政府信息公开工作年度报告");
  }
}
