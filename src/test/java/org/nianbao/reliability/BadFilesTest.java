package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.Main;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.LuceneSearchService;
import picocli.CommandLine;

/**
 * One folder mixing good reports (UTF-8, GBK, UTF-16 with BOM) with empty, binary, truncated, huge,
 * unreadable, symlink-loop and non-report files, indexed by the real {@code index} command: every
 * good report is indexed, every bad file is named once with one clear reason, and the exit status
 * says some files were skipped.
 */
class BadFilesTest {
  @TempDir Path tmp;

  /**
   * Runs as root (CI containers): permissions do not stop root, so a chmod-000 file is readable.
   */
  private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

  @Test
  void good_reports_are_all_indexed_and_every_bad_file_is_named_with_one_reason() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    List<Corpus.Sample> samples = Corpus.samples();
    Map<String, String> good = new LinkedHashMap<>(); // file name -> expected report id
    Map<String, String> bad =
        new LinkedHashMap<>(); // file name (relative) -> expected reason (substring)

    for (int s = 0; s < samples.size(); s++) {
      good.put(
          writeGood(
              in.resolve("good-" + s + ".txt"), samples.get(s), s, StandardCharsets.UTF_8, false),
          null);
    }
    good.put(
        writeGood(in.resolve("good-gbk.txt"), samples.get(0), 100, Charset.forName("GBK"), false),
        null);
    good.put(
        writeGood(
            in.resolve("good-utf16le.txt"), samples.get(1), 101, StandardCharsets.UTF_16LE, true),
        null);
    good.put(
        writeGood(
            in.resolve("good-utf16be.txt"), samples.get(2), 102, StandardCharsets.UTF_16BE, true),
        null);
    good.put(
        writeGood(in.resolve("good-bom.txt"), samples.get(3), 103, StandardCharsets.UTF_8, true),
        null);
    Path sub = Files.createDirectories(in.resolve("子目录 with space"));
    good.put(
        writeGood(sub.resolve("报告 (1).txt"), samples.get(4), 104, StandardCharsets.UTF_8, false),
        null);

    Files.write(in.resolve("empty.txt"), new byte[0]);
    bad.put("empty.txt", "文件为空");
    Files.writeString(in.resolve("blank.txt"), " \n\r\n\t\u3000\n");
    bad.put("blank.txt", "文件为空");

    Random random = new Random(7);
    byte[] noise = new byte[4096];
    random.nextBytes(noise);
    for (int i = 0; i < noise.length; i += 7) {
      noise[i] = 0;
    }
    Files.write(in.resolve("random.bin"), noise);
    bad.put("random.bin", "二进制文件");
    Files.write(
        in.resolve("fake.pdf"),
        concat(
            "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1),
            noise));
    bad.put("fake.pdf", "二进制文件");
    Files.write(in.resolve("fake.docx"), concat(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}, noise));
    bad.put("fake.docx", "二进制文件");

    // Truncated: the first 300 bytes of a report, cut in the middle of a character.
    byte[] sample = samples.get(0).text().getBytes(StandardCharsets.UTF_8);
    int cut = 300;
    while ((sample[cut] & 0xC0) != 0x80) {
      cut++;
    }
    // Still a report (title and preamble): indexed, with a decoding warning kept on the report.
    Files.write(in.resolve("truncated.txt"), Arrays.copyOf(sample, cut));
    String truncatedId =
        new org.nianbao.ingest.ReportParser().parse(in.resolve("truncated.txt")).id();
    good.put(truncatedId, null);

    // Huge: over 20 MB, sparse, so the test stays fast.
    Path huge = in.resolve("huge.txt");
    Files.writeString(huge, samples.get(1).text());
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(21L * 1024 * 1024);
    }
    bad.put("huge.txt", "文件过大（21.0 MB，上限 20 MB）");

    // Unreadable: a good report nobody may read (root still can).
    Path locked = in.resolve("locked.txt");
    String lockedName = writeGood(locked, samples.get(2), 105, StandardCharsets.UTF_8, false);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (ROOT) {
      good.put(lockedName, null);
    } else {
      bad.put("locked.txt", "没有读取权限");
    }

    // Symbolic links: a loop between two links, a link to its own folder's parent, a dangling link.
    Files.createSymbolicLink(in.resolve("loop-a"), in.resolve("loop-b"));
    Files.createSymbolicLink(in.resolve("loop-b"), in.resolve("loop-a"));
    bad.put("loop-a", "符号链接形成循环");
    bad.put("loop-b", "符号链接形成循环");
    Files.createSymbolicLink(sub.resolve("up"), in);
    bad.put(in.relativize(sub.resolve("up")).toString(), "符号链接形成循环");
    Files.createSymbolicLink(in.resolve("dangling.txt"), in.resolve("gone.txt"));
    bad.put("dangling.txt", "符号链接");

    // Not reports: a notice, a README, a CSV.
    Files.writeString(
        in.resolve("通知.txt"),
        """
        关于做好2024年政府信息公开工作的通知

        各县（区）人民政府，市政府各部门：
        为做好政府信息公开工作，现将有关事项通知如下。请各单位高度重视，认真落实。

        济宁市人民政府办公室
        2024年3月1日
        """);
    bad.put("通知.txt", "不是政府信息公开工作年度报告");
    Files.writeString(in.resolve("data.csv"), "county,year,count\n金乡县,2021,80\n高青县,2020,12\n");
    bad.put("data.csv", "不是政府信息公开工作年度报告");
    // A file whose name holds a line break: its summary line must stay one line.
    Files.write(in.resolve("bad\nname.txt"), new byte[0]);
    bad.put("bad\nname.txt", "文件为空");

    Path index = tmp.resolve("index");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("index", "--index", index.toString(), in.toString());
    String summary = out.toString();
    System.out.println(summary);
    System.out.println(err);

    assertThat(code).as("exit status: some files were skipped").isEqualTo(1);
    assertThat(err.toString()).doesNotContain("Exception");
    assertThat(summary)
        .contains("报告：写入 " + good.size() + " 份，未变化 0 份，删除 0 份；索引中共 " + good.size() + " 份");

    // Every bad file: exactly one summary line, naming it, with a non-empty reason.
    List<String> skipLines = summary.lines().filter(l -> l.startsWith("  跳过 ")).toList();
    assertThat(summary).contains("跳过：" + skipLines.size() + " 个文件");
    List<String> unexplained = new ArrayList<>(skipLines);
    for (Map.Entry<String, String> e : bad.entrySet()) {
      String shown = in.resolve(e.getKey()).toString().replace("\n", "\\n");
      List<String> lines =
          skipLines.stream().filter(l -> l.startsWith("  跳过 " + shown + "：")).toList();
      assertThat(lines).as("summary lines for " + e.getKey()).hasSize(1);
      String reason = lines.getFirst().substring(("  跳过 " + shown + "：").length());
      assertThat(reason)
          .as(e.getKey())
          .isNotBlank()
          .contains(e.getValue())
          .doesNotContain("Exception");
      unexplained.remove(lines.getFirst());
    }
    assertThat(unexplained).as("skipped files that should have been indexed").isEmpty();

    // Every good report is in the index, by its exact id.
    try (LuceneSearchService search = LuceneSearchService.open(index)) {
      List<String> ids =
          search
              .search(
                  new SearchRequest(
                      "", List.of(), List.of(), List.of(), List.of(), SortOrder.NEWEST, 1, 100))
              .results()
              .stream()
              .map(ReportHit::id)
              .toList();
      assertThat(new TreeSet<>(ids)).isEqualTo(new TreeSet<>(good.keySet()));
      // The GBK and UTF-16 files were decoded, not indexed as mojibake.
      assertThat(search.search(SearchRequest.of("政府信息公开工作年度报告")).total()).isEqualTo(good.size());
      assertThat(search.report(truncatedId, "").orElseThrow().report().warnings())
          .anySatisfy(w -> assertThat(w).contains("无法按 UTF-8 解码"));
    }
  }

  /** Writes a distinct variant of {@code sample}; returns the report id it must get. */
  private static String writeGood(
      Path file, Corpus.Sample sample, int n, Charset charset, boolean bom) throws Exception {
    String text = Corpus.variant(sample, n);
    byte[] body = text.getBytes(charset);
    byte[] mark =
        !bom
            ? new byte[0]
            : charset.equals(StandardCharsets.UTF_16LE)
                ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : charset.equals(StandardCharsets.UTF_16BE)
                    ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                    : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, concat(mark, body));
    return new org.nianbao.ingest.ReportParser().parseText(file.toString(), text).id();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
