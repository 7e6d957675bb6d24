package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar leaves ICU's data folder out, and GBK and Big5 files are still recognised when run
 * from it (charset detection needs none of that data). Runs in {@code verify}, after the jar is
 * built.
 */
class ShadedJarCharsetIT {
  private static final Path JAR = Path.of("target/nianbao.jar");
  private static final String SIMPLIFIED =
      "测试县民政局2021年政府信息公开工作年度报告\r\n一、总体情况\r\n本局通过微信公众号主动公开信息12条，"
          + "全年未发生泄密事件，确保政府信息公开工作规范有序开展。\r\n";
  private static final String TRADITIONAL =
      "測試縣民政局2021年政府資訊公開工作年度報告\r\n一、總體情況\r\n本局通過微信公眾號主動公開資訊12條，"
          + "全年未發生洩密事件，確保政府資訊公開工作規範有序開展。\r\n";

  @TempDir Path dir;

  @Test
  void the_jar_holds_no_icu_data() throws Exception {
    try (ZipFile zip = new ZipFile(JAR.toFile())) {
      assertThat(zip.stream().filter(e -> e.getName().startsWith("com/ibm/icu/impl/data/")).count())
          .isZero();
      assertThat(zip.getEntry("com/ibm/icu/text/CharsetDetector.class")).isNotNull();
    }
  }

  @Test
  void gbk_and_big5_files_are_detected_from_the_jar() throws Exception {
    Path gbk = Files.write(dir.resolve("gbk.txt"), SIMPLIFIED.getBytes(Charset.forName("GBK")));
    Path big5 = Files.write(dir.resolve("big5.txt"), TRADITIONAL.getBytes(Charset.forName("Big5")));
    List<String> lines = run(gbk, big5);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .contains("\"title\":\"测试县民政局2021年政府信息公开工作年度报告\"")
        .contains("本局通过微信公众号主动公开信息12条");
    assertThat(lines.get(1))
        .contains("\"title\":\"測試縣民政局2021年政府資訊公開工作年度報告\"")
        .contains("本局通過微信公眾號主動公開資訊12條");
  }

  private static List<String> run(Path... files) throws Exception {
    List<String> cmd =
        new java.util.ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8",
                "-Dstdout.encoding=UTF-8",
                "-jar",
                JAR.toString(),
                "parse",
                "--json"));
    for (Path f : files) {
      cmd.add(f.toString());
    }
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
