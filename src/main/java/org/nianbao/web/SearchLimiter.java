package org.nianbao.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on the searches (and highlighted report pages) running at once, so a burst of heavy
 * requests cannot exhaust the heap or the CPU: {@code concurrent} run, up to {@code queue} more
 * wait at most {@code waitMillis} for a turn, anything beyond gets {@code 503} with {@code
 * Retry-After} and a one-line Chinese message (JSON under {@code /api/}). Defaults: 2 × cores
 * running, 64 waiting up to 5 s (a waiting request holds only a parked thread; an ordinary search
 * takes milliseconds, so only a burst of heavy ones waits that long); {@code -Dnianbao.max-searches=N}, {@code
 * -Dnianbao.search-queue=N} and {@code -Dnianbao.search-wait-ms=N} override them.
 */
final class SearchLimiter {
  static final String BUSY = "服务器正忙，请稍后再试。";
  static final String RETRY_AFTER_SECONDS = "5";

  private final Semaphore running;
  private final AtomicInteger waiting = new AtomicInteger();
  private final int concurrent;
  private final int queue;
  private final long waitMillis;

  SearchLimiter(int concurrent, int queue, long waitMillis) {
    if (concurrent < 1 || queue < 0 || waitMillis < 0) {
      throw new IllegalArgumentException("bad search limits: " + concurrent + "/" + queue + "/" + waitMillis);
    }
    this.running = new Semaphore(concurrent, true);
    this.concurrent = concurrent;
    this.queue = queue;
    this.waitMillis = waitMillis;
  }

  /** The limits for this machine, or as set by system properties. */
  static SearchLimiter forThisMachine() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new SearchLimiter(
        Integer.getInteger("nianbao.max-searches", 2 * cores),
        Integer.getInteger("nianbao.search-queue", 64),
        Long.getLong("nianbao.search-wait-ms", 5000L));
  }

  int concurrent() {
    return concurrent;
  }

  int queue() {
    return queue;
  }

  /** {@code handler}, run only while holding one of the permits. */
  Handler limit(Handler handler) {
    return ctx -> {
      if (!enter()) {
        busy(ctx);
      }
      try {
        handler.handle(ctx);
      } finally {
        running.release();
      }
    };
  }

  private boolean enter() throws InterruptedException {
    if (running.tryAcquire()) {
      return true;
    }
    if (waiting.incrementAndGet() > queue) {
      waiting.decrementAndGet();
      return false;
    }
    try {
      return running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } finally {
      waiting.decrementAndGet();
    }
  }

  private static void busy(Context ctx) {
    ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    ctx.header("Cache-Control", "no-store");
    throw new HttpProblem(503, BUSY);
  }
}
