package org.nianbao.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parses a file within a time budget: the parse runs on a worker thread; when it takes longer than
 * the budget the caller gets a {@link ReportFileException} saying so and goes on, and the worker is
 * abandoned (interrupted: the parsing stages check for it and stop). Every stage of parsing is
 * linear in its input, so the budget is a last line of defence, not the normal way out.
 * Thread-safe; abandoned workers never hold a slot that later files need.
 */
public final class TimedParser {
  /** The default per-file budget. */
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);

  private static final AtomicInteger WORKER_IDS = new AtomicInteger();

  /** Unbounded: an abandoned worker must not block the next file; callers bound the concurrency. */
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "parse-worker-" + WORKER_IDS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  /** What is parsed: a {@link ReportParser} call (a seam for tests). */
  interface Parse {
    ReportParser.Parsed parse(Path file) throws ReportFileException;
  }

  private final Parse parse;
  private final Duration budget;

  public TimedParser(Duration budget) {
    this(new ReportParser()::parseFile, budget);
  }

  TimedParser(Parse parse, Duration budget) {
    if (budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive: " + budget);
    }
    this.parse = parse;
    this.budget = budget;
  }

  /** The budget each file gets. */
  public Duration budget() {
    return budget;
  }

  /** As {@link ReportParser#parse}, but gives up after the budget with a one-line reason. */
  public Report parse(Path file) throws ReportFileException {
    return parseFile(file).report();
  }

  /** As {@link ReportParser#parseFile(Path)} (the report and its format), within the budget. */
  public ReportParser.Parsed parseFile(Path file) throws ReportFileException {
    String source = String.valueOf(file);
    Future<ReportParser.Parsed> result = WORKERS.submit(() -> parse.parse(file));
    try {
      return result.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      result.cancel(true);
      throw new ReportFileException(source, "解析超时（超过 " + seconds(budget) + " 秒），已跳过");
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new ReportFileException(source, "解析被中断");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ReportFileException r) {
        throw r;
      }
      String what =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      throw new ReportFileException(
          source, "解析失败（" + what.replaceAll("\\s+", " ").strip() + "）", cause);
    }
  }

  private static String seconds(Duration d) {
    return java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  /**
   * Called by the parsing stages every so often: stops an abandoned parse (its worker was
   * interrupted) instead of letting it run to the end.
   */
  static void checkAbandoned() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("parse abandoned");
    }
  }
}
