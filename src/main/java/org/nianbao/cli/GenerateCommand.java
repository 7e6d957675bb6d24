package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nianbao.generate.CorpusGenerator;
import org.nianbao.generate.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --reports N --out DIR [--seed S]}: writes N synthetic reports for benchmarks. The
 * same N and seed give byte-identical files on every run and machine.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "生成用于基准测试的合成年度报告（同样的数量和种子，生成的文件逐字节相同）",
    exitCodeListHeading = "%n退出码:%n",
    exitCodeList = {"0:生成成功", "1:写入失败", "2:用法错误"})
final class GenerateCommand implements Callable<Integer> {

  static final int MAX_REPORTS = 1_000_000;
  private static final long PROGRESS_MILLIS = 3_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--reports",
      required = true,
      paramLabel = "N",
      converter = OptionTypes.ReportCount.class,
      description = "报告数量（1 到 1000000）")
  int reports;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录（已有的同名文件会被覆盖）")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "随机种子（默认：${DEFAULT-VALUE}）")
  long seed;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = reports;
    long s = seed;
    Path dir = out;
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return usage(err, "--out 已存在且不是目录：" + out);
    }
    int threads = Runtime.getRuntime().availableProcessors();
    err.printf("生成：%d 份报告 → %s（种子 %d，%d 个线程）%n", n, dir, s, threads);
    err.flush();
    try {
      CorpusWriter.Summary summary =
          new CorpusWriter(new CorpusGenerator(s), threads)
              .write(
                  dir,
                  n,
                  PROGRESS_MILLIS,
                  (files, total, bytes) -> {
                    err.printf(
                        Locale.ROOT,
                        "生成：已写入 %d/%d 份（%.1f MB）%n",
                        files,
                        total,
                        bytes / 1_048_576.0);
                    err.flush();
                  });
      stdout.printf("输出：%s%n", dir);
      stdout.printf(
          Locale.ROOT,
          "文件：%d 份，%d 字节（%.1f MB）%n",
          summary.files(),
          summary.bytes(),
          summary.bytes() / 1_048_576.0);
      stdout.printf(
          Locale.ROOT, "用时：%.2f 秒，%.1f MB/s%n", summary.seconds(), summary.megabytesPerSecond());
      stdout.flush();
      return 0;
    } catch (IOException e) {
      err.println("错误：写入 " + dir + " 失败：" + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("错误：生成被中断");
      return 1;
    }
  }

  private static int usage(PrintWriter err, String message) {
    err.println("错误：" + message);
    err.flush();
    return 2;
  }
}
