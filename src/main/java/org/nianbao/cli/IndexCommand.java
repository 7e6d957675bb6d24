package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.IndexUnavailableException;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.index.Skipped;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao index [--index DIR] [--prune] PATH...}: builds or updates the index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "把报告文件（或文件夹，递归）写入索引；未变化的文件不重复写入。")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", defaultValue = "index", description = "索引目录（默认：${DEFAULT-VALUE}）")
  Path indexDir;

  @Option(names = "--prune", description = "删除源文件已不存在的报告")
  boolean prune;

  @Option(
      names = "--threads",
      converter = OptionTypes.Positive.class,
      description = "解析和分析的线程数（默认：CPU 核数加一）")
  Integer threads;

  @Option(
      names = "--file-timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      converter = OptionTypes.Seconds.class,
      description = "每个文件的解析时限（秒，默认：${DEFAULT-VALUE}）；超时的文件跳过并说明原因")
  java.time.Duration fileTimeout;

  @Option(
      names = "--merge",
      negatable = true,
      description = "写入后把索引合并为尽量少的段（约每 26 万份报告一段；搜索更快；需要约与索引同样大的空闲磁盘）。默认：本次写入或删除的报告达到索引的十分之一时合并")
  Boolean merge;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = threads == null ? ReportIndexer.defaultThreads() : threads;
    java.time.Duration budget = fileTimeout;
    ReportIndexer indexer;
    try {
      indexer = ReportIndexer.open(indexDir, n);
    } catch (IndexUnavailableException e) {
      err.println("错误：" + Display.oneLine(e.getMessage()));
      return 1;
    }
    try {
      indexer.fileBudget(budget);
      IndexSummary s = indexer.index(paths, prune, progress(err));
      print(out, s);
      if (merge == null ? changedATenth(s) : merge) {
        merge(indexer, out, err);
      } else {
        indexer.close();
      }
      return s.skipped().isEmpty() ? 0 : 1;
    } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException e) {
      // e.g. a full disk: drop this run's files, keep the last commit
      indexer.abort();
      err.println(
          "错误：写入索引 "
              + indexDir
              + " 失败（"
              + Display.oneLine(String.valueOf(e.getMessage()))
              + "），本次写入的文件已删除，索引保持上次提交的状态");
      return 1;
    }
  }

  /** Whether the run wrote or pruned at least a tenth of the index's reports (and at least one). */
  private static boolean changedATenth(IndexSummary s) {
    return s.indexed() + s.pruned() >= Math.max(1, s.totalReports() / 10);
  }

  /** Merges and closes; a failed merge (e.g. a full disk) leaves the run's commit as it is. */
  private void merge(ReportIndexer indexer, PrintWriter out, PrintWriter err) {
    long start = System.nanoTime();
    try {
      int segments = indexer.merge();
      indexer.close();
      out.printf(
          Locale.ROOT, "合并：索引合并为 %d 段，用时 %.2f 秒%n", segments, (System.nanoTime() - start) / 1e9);
      out.flush();
    } catch (java.io.IOException | java.io.UncheckedIOException | IllegalStateException e) {
      indexer.abort();
      err.println(
          "警告：合并索引 "
              + indexDir
              + " 未完成（"
              + Display.oneLine(String.valueOf(e.getMessage()))
              + "），本次写入的报告已提交，索引可以照常搜索");
    }
  }

  private void print(PrintWriter out, IndexSummary s) {
    out.printf("索引：%s%n", indexDir);
    out.printf(
        "报告：写入 %d 份，未变化 %d 份，删除 %d 份；索引中共 %d 份%n",
        s.indexed(), s.unchanged(), s.pruned(), s.totalReports());
    out.printf("章节：写入 %d 个%n", s.sections());
    if (!s.formats().isEmpty()) {
      StringBuilder formats = new StringBuilder();
      s.formats()
          .forEach(
              (f, n) ->
                  formats.append(formats.isEmpty() ? "" : "，").append(f).append(' ').append(n));
      out.printf("格式：%s%n", formats);
    }
    out.printf("跳过：%d 个文件%n", s.skipped().size());
    for (Skipped k : s.skipped()) {
      out.printf("  跳过 %s：%s%n", Display.oneLine(k.source()), Display.oneLine(k.reason()));
    }
    out.printf(Locale.ROOT, "用时：%.2f 秒，%.2f MB/s%n", s.seconds(), s.megabytesPerSecond());
    out.flush();
  }

  /** Whether stderr is a terminal ({@code Console.isTerminal()} exists from JDK 22 on). */
  static boolean onTerminal() {
    java.io.Console c = System.console();
    if (c == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: console() is null unless attached to a terminal
    }
  }

  /** A progress bar on a terminal, plain progress lines every few seconds otherwise. */
  private static ProgressListener progress(PrintWriter err) {
    if (onTerminal()) {
      return new ProgressListener() {
        private ProgressBar bar;

        @Override
        public void started(int files) {
          bar =
              new ProgressBarBuilder()
                  .setTaskName("索引")
                  .setInitialMax(files)
                  .setStyle(ProgressBarStyle.ASCII)
                  .setUpdateIntervalMillis(250)
                  .build();
        }

        @Override
        public void fileDone() {
          bar.step();
        }

        @Override
        public void finished() {
          bar.close();
        }
      };
    }
    return new ProgressListener() {
      private final AtomicInteger done = new AtomicInteger();
      private volatile int total;
      private volatile long last = System.nanoTime();

      @Override
      public void started(int files) {
        total = files;
        err.printf("索引：共 %d 个文件%n", files);
        err.flush();
      }

      @Override
      public void fileDone() {
        int d = done.incrementAndGet();
        long now = System.nanoTime();
        if (now - last > 5_000_000_000L) {
          last = now;
          synchronized (err) {
            err.printf("索引：已处理 %d/%d 个文件%n", d, total);
            err.flush();
          }
        }
      }
    };
  }
}
