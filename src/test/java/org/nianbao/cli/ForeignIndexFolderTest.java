package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.testing.CliRun;

/**
 * {@code serve} and {@code index} never write to or delete from a folder that is not empty and not
 * a readable nianbao index: one line, exit 1, every file left as it was.
 */
class ForeignIndexFolderTest {
  private static final String SAMPLE = "src/main/resources/corpus/000_bf1f93b444d87913.txt";

  @TempDir Path tmp;

  /** Every file under {@code dir} with its bytes' hash and size. */
  private static Map<String, String> snapshot(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        byte[] b = Files.readAllBytes(p);
        files.put(dir.relativize(p).toString(), b.length + ":" + java.util.Arrays.hashCode(b));
      }
    }
    return files;
  }

  /** A nianbao index of one report whose segments_N commit file has gone missing. */
  private Path indexWithoutCommit() throws Exception {
    Path index = tmp.resolve("index");
    assertThat(CliRun.run("index", "--index", index.toString(), SAMPLE).code()).isZero();
    try (Stream<Path> files = Files.list(index)) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().startsWith("segments_")) {
          Files.delete(p);
        }
      }
    }
    return index;
  }

  @Test
  void serve_on_an_index_without_segments_n_deletes_nothing_and_says_why_in_one_line()
      throws Exception {
    Path index = indexWithoutCommit();
    Map<String, String> before = snapshot(index);
    assertThat(before.keySet())
        .anyMatch(n -> n.endsWith(".si"))
        .noneMatch(n -> n.startsWith("segments_"));

    CliRun r = CliRun.run("serve", "--index", index.toString(), "--port", "0");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .isEqualTo(
            "错误：索引目录 " + index + " 不是空目录，也不是 nianbao 索引（没有 segments_N 提交文件）；为免丢失数据，未写入也未删除任何文件");
    assertThat(snapshot(index)).isEqualTo(before);
  }

  @Test
  void index_on_an_index_without_segments_n_deletes_nothing() throws Exception {
    Path index = indexWithoutCommit();
    Map<String, String> before = snapshot(index);

    CliRun r = CliRun.run("index", "--index", index.toString(), SAMPLE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip())
        .endsWith(
            "错误：索引目录 " + index + " 不是空目录，也不是 nianbao 索引（没有 segments_N 提交文件）；为免丢失数据，未写入也未删除任何文件");
    assertThat(snapshot(index)).isEqualTo(before);
  }

  @Test
  void serve_and_index_refuse_a_folder_of_other_files() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("documents"));
    Files.writeString(folder.resolve("notes.txt"), "my notes");
    Files.writeString(folder.resolve("_0.cfs"), "not a segment");
    Map<String, String> before = snapshot(folder);

    assertThat(CliRun.run("serve", "--index", folder.toString(), "--port", "0").code())
        .isEqualTo(1);
    assertThat(CliRun.run("index", "--index", folder.toString(), SAMPLE).code()).isEqualTo(1);
    assertThat(snapshot(folder)).isEqualTo(before);
  }

  @Test
  void index_into_an_empty_folder_or_its_own_index_still_works() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun first = CliRun.run("index", "--index", empty.toString(), SAMPLE);
    assertThat(first.code()).isZero();
    assertThat(first.out()).contains("索引中共 1 份");
    CliRun again = CliRun.run("index", "--index", empty.toString(), SAMPLE);
    assertThat(again.code()).isZero();
    assertThat(again.out()).contains("未变化 1 份");
  }

  @Test
  void the_repository_index_folder_with_only_its_readme_and_gitignore_counts_as_empty()
      throws Exception {
    // a fresh clone's index/ holds README.md and .gitignore: `serve` must build the samples there
    Path folder = Files.createDirectories(tmp.resolve("clone-index"));
    Files.writeString(folder.resolve("README.md"), "Default index location");
    Files.writeString(folder.resolve(".gitignore"), "*\n!.gitignore\n!README.md\n");
    assertThat(org.nianbao.index.IndexFolder.of(folder))
        .isEqualTo(org.nianbao.index.IndexFolder.State.EMPTY);
    CliRun run = CliRun.run("index", "--index", folder.toString(), SAMPLE);
    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("索引中共 1 份");
    assertThat(Files.readString(folder.resolve("README.md"))).isEqualTo("Default index location");
    assertThat(folder.resolve(".gitignore")).exists();
  }
}
