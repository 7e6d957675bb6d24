package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file parse budget: a file that takes too long is given up on with one line. */
class TimedParserTest {
  private static final String SAMPLE = "src/main/resources/corpus/000_bf1f93b444d87913.txt";

  @TempDir Path dir;

  @Test
  void a_parse_over_budget_is_abandoned_with_its_reason_and_its_worker_interrupted()
      throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    TimedParser slow =
        new TimedParser(
            file -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
              return null;
            },
            Duration.ofMillis(150));
    long start = System.nanoTime();
    assertThatThrownBy(() -> slow.parse(Path.of("slow.txt")))
        .isInstanceOfSatisfying(
            ReportFileException.class,
            e -> {
              assertThat(e.source()).isEqualTo("slow.txt");
              assertThat(e.reason()).isEqualTo("解析超时（超过 0.15 秒），已跳过");
            });
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void a_real_parse_within_budget_returns_the_report_and_errors_pass_through() throws Exception {
    TimedParser parser = new TimedParser(Duration.ofSeconds(60));
    assertThat(parser.parse(Path.of(SAMPLE)).id()).isEqualTo("2021-金乡县投资促进服务中心");
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertThatThrownBy(() -> parser.parse(empty))
        .isInstanceOfSatisfying(
            ReportFileException.class, e -> assertThat(e.reason()).isEqualTo("文件为空"));
  }

  @Test
  void a_large_file_over_a_tiny_budget_is_skipped() throws Exception {
    Path big =
        Files.write(
            dir.resolve("big.txt"),
            ("某县人民政府2023年政府信息公开工作年度报告\n" + "政府\n".repeat(2_000_000))
                .getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> new TimedParser(Duration.ofMillis(20)).parse(big))
        .isInstanceOfSatisfying(
            ReportFileException.class,
            e -> assertThat(e.reason()).isEqualTo("解析超时（超过 0.02 秒），已跳过"));
  }
}
