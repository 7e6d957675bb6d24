package org.nianbao.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.testing.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

class GenerateCommandTest {

  @Test
  void writes_the_requested_reports_and_overwrites_on_a_second_run(@TempDir Path tmp)
      throws Exception {
    Path other = tmp.resolve("keep.txt");
    Files.writeString(other, "mine");
    CliRun r = run("generate", "--reports", "50", "--out", tmp.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("文件：50 份").contains("MB/s");
    List<Path> files;
    try (Stream<Path> s = Files.walk(tmp)) {
      files = s.filter(p -> p.toString().endsWith(".txt") && !p.equals(other)).sorted().toList();
    }
    assertThat(files).hasSize(50);
    assertThat(files.get(0)).isEqualTo(tmp.resolve("0000/0000000.txt"));
    byte[] first = Files.readAllBytes(files.get(7));
    assertThat(first).isEqualTo(new CorpusGenerator(1).generate(7).bytes());

    Files.writeString(files.get(7), "stale");
    assertThat(run("generate", "--reports", "50", "--out", tmp.toString(), "--seed", "1").code())
        .isZero();
    assertThat(Files.readAllBytes(files.get(7))).isEqualTo(first);
    assertThat(Files.readString(other)).isEqualTo("mine");
  }

  @Test
  void bad_report_counts_are_usage_errors_with_one_chinese_line(@TempDir Path tmp) {
    for (String n : List.of("0", "2000000", "x", "-5")) {
      CliRun r = run("generate", "--reports", n, "--out", tmp.toString());
      assertThat(r.code()).as(n).isEqualTo(2);
      assertThat(r.err().strip()).isEqualTo("错误：--reports 必须是 1 到 1000000 之间的整数：" + n);
    }
    CliRun seed = run("generate", "--reports", "3", "--out", tmp.toString(), "--seed", "abc");
    assertThat(seed.code()).isEqualTo(2);
    assertThat(seed.err().strip()).isEqualTo("错误：--seed 必须是整数：abc");
  }

  @Test
  void out_must_not_be_a_file(@TempDir Path tmp) throws Exception {
    Path file = Files.writeString(tmp.resolve("f"), "x");
    CliRun r = run("generate", "--reports", "3", "--out", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("不是目录");
  }
}
