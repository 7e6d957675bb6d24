package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

class IndexCommandTest {
  @TempDir Path tmp;

  @Test
  void summary_names_skipped_files_and_the_exit_code_says_so() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("in"));
    Files.copy(
        Path.of("src/main/resources/corpus/000_bf1f93b444d87913.txt"), corpus.resolve("a.txt"));
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.write(corpus.resolve("blob.bin"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
    Path index = tmp.resolve("index");
    CliRun r =
        CliRun.run(
            "index",
            "--index",
            index.toString(),
            corpus.toString(),
            tmp.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("报告：写入 1 份，未变化 0 份，删除 0 份；索引中共 1 份");
    assertThat(r.out()).contains("跳过：3 个文件");
    assertThat(r.out()).contains("跳过 " + corpus.resolve("empty.txt") + "：");
    assertThat(r.out()).contains("跳过 " + corpus.resolve("blob.bin") + "：");
    assertThat(r.out()).contains("跳过 " + tmp.resolve("nope") + "：路径不存在");
    assertThat(r.out()).containsPattern("用时：\\d+\\.\\d\\d 秒，\\d+\\.\\d\\d MB/s");
    assertThat(r.err()).doesNotContain("Exception");

    CliRun again =
        CliRun.run("index", "--index", index.toString(), corpus.resolve("a.txt").toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("报告：写入 0 份，未变化 1 份");
  }

  @Test
  void a_file_over_the_time_budget_is_skipped_and_the_run_goes_on() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("in"));
    Files.copy(
        Path.of("src/main/resources/corpus/000_bf1f93b444d87913.txt"), corpus.resolve("a.txt"));
    Files.writeString(
        corpus.resolve("b.txt"), "某县人民政府2023年政府信息公开工作年度报告\n" + "政府\n".repeat(2_600_000));
    // a.txt parses in milliseconds once warm; b.txt (18 MB of short lines) takes seconds
    assertThat(CliRun.run("parse", corpus.resolve("a.txt").toString()).code()).isZero();
    Path index = tmp.resolve("index");
    CliRun r =
        CliRun.run("index", "--index", index.toString(), "--file-timeout", "1", corpus.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("报告：写入 1 份，未变化 0 份，删除 0 份；索引中共 1 份");
    assertThat(r.out()).contains("跳过 " + corpus.resolve("b.txt") + "：解析超时（超过 1 秒），已跳过");

    CliRun parse =
        CliRun.run(
            "parse",
            "--file-timeout",
            "1",
            corpus.resolve("b.txt").toString(),
            corpus.resolve("a.txt").toString());
    assertThat(parse.code()).isEqualTo(1);
    assertThat(parse.err().strip())
        .isEqualTo("错误 " + corpus.resolve("b.txt") + ": 解析超时（超过 1 秒），已跳过");
    assertThat(parse.out()).contains("2021-金乡县投资促进服务中心");
  }

  @Test
  void source_is_stored_relative_to_the_indexed_folder() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("reports").resolve("2021"));
    Files.copy(
        Path.of("src/main/resources/corpus/000_bf1f93b444d87913.txt"), corpus.resolve("a.txt"));
    Path index = tmp.resolve("index");
    assertThat(
            CliRun.run("index", "--index", index.toString(), tmp.resolve("reports").toString())
                .code())
        .isZero();
    CliRun r = CliRun.run("search", "--index", index.toString(), "--json", "公开");
    assertThat(r.code()).isZero();
    assertThat(r.json().get(0).get("results")).hasSize(1);
    assertThat(r.json().get(0).get("results").get(0).get("source").asText())
        .isEqualTo("reports/2021/a.txt");
  }

  @Test
  void a_run_that_writes_a_tenth_of_the_index_merges_it() throws Exception {
    Path gen = tmp.resolve("gen");
    assertThat(CliRun.run("generate", "--reports", "25", "--out", gen.toString()).code()).isZero();
    java.util.List<Path> files;
    try (var s = Files.walk(gen)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSize(25);
    Path first = Files.createDirectories(tmp.resolve("first"));
    for (Path f : files.subList(0, 24)) {
      Files.copy(f, first.resolve(f.getFileName()));
    }
    Path index = tmp.resolve("index");
    CliRun r = CliRun.run("index", "--index", index.toString(), first.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).containsPattern("合并：索引合并为 1 段，用时 \\d+\\.\\d\\d 秒");
    assertThat(segments(index)).isEqualTo(1);

    // one report more is less than a tenth of 25: no merge, a second segment
    String last = files.get(24).toString();
    CliRun small = CliRun.run("index", "--index", index.toString(), last);
    assertThat(small.out()).contains("报告：写入 1 份，未变化 0 份，删除 0 份；索引中共 25 份");
    assertThat(small.out()).doesNotContain("合并");
    assertThat(segments(index)).isEqualTo(2);

    CliRun merged = CliRun.run("index", "--index", index.toString(), "--merge", last);
    assertThat(merged.out()).contains("写入 0 份，未变化 1 份").contains("合并：索引合并为 1 段");
    assertThat(segments(index)).isEqualTo(1);
    CliRun found = CliRun.run("search", "--index", index.toString(), "--json", "公开");
    assertThat(found.json().get(0).get("total").asLong()).isEqualTo(25);

    // a new index written whole would merge, but not with --no-merge
    CliRun never =
        CliRun.run(
            "index", "--index", tmp.resolve("other").toString(), "--no-merge", first.toString());
    assertThat(never.out()).contains("写入 24 份").doesNotContain("合并");
  }

  private static int segments(Path index) throws java.io.IOException {
    try (var dir = org.apache.lucene.store.FSDirectory.open(index)) {
      return org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).size();
    }
  }
}
