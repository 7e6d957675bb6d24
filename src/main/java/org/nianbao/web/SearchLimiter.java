package org.nianbao.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound on the searches (and highlighted report pages) running at once, so a burst of heavy
 * requests cannot exhaust the heap or the CPU, nor make ordinary searches wait behind it. Two
 * lanes: heavy requests (a page of more than {@value #HEAVY_SIZE} reports, or a query of more than
 * {@value #HEAVY_ALTERNATIVES} alternatives) get one lane of {@code cores / 2} (at least 1) running
 * and a short queue; every other request gets the ordinary lane. In each lane {@code concurrent}
 * run, up to {@code queue} more wait at most {@code waitMillis} for a turn, anything beyond gets
 * {@code 503} with {@code Retry-After} and a one-line Chinese message (JSON under {@code /api/}).
 * Ordinary lane defaults: 2 × cores running, 64 waiting up to 5 s ({@code
 * -Dnianbao.max-searches=N}, {@code -Dnianbao.search-queue=N}, {@code -Dnianbao.search-wait-ms=N});
 * heavy lane: cores / 2 running, 4 waiting up to 1 s ({@code -Dnianbao.max-heavy-searches=N},
 * {@code -Dnianbao.heavy-queue=N}, {@code -Dnianbao.heavy-wait-ms=N}).
 */
final class SearchLimiter {
  static final String BUSY = "服务器正忙，请稍后再试。";
  static final String RETRY_AFTER_SECONDS = "5";

  /** Pages larger than this are heavy. */
  static final int HEAVY_SIZE = 50;

  /** Queries with more alternatives (OR, |) than this are heavy. */
  static final int HEAVY_ALTERNATIVES = 8;

  private final Lane ordinary;
  private final Lane heavy;

  SearchLimiter(int concurrent, int queue, long waitMillis) {
    this(new Lane(concurrent, queue, waitMillis), new Lane(concurrent, queue, waitMillis));
  }

  private SearchLimiter(Lane ordinary, Lane heavy) {
    this.ordinary = ordinary;
    this.heavy = heavy;
  }

  /** The limits for this machine, or as set by system properties. */
  static SearchLimiter forThisMachine() {
    int cores = Runtime.getRuntime().availableProcessors();
    return new SearchLimiter(
        new Lane(
            Integer.getInteger("nianbao.max-searches", 2 * cores),
            Integer.getInteger("nianbao.search-queue", 64),
            Long.getLong("nianbao.search-wait-ms", 5000L)),
        new Lane(
            Integer.getInteger("nianbao.max-heavy-searches", Math.max(1, cores / 2)),
            Integer.getInteger("nianbao.heavy-queue", 4),
            Long.getLong("nianbao.heavy-wait-ms", 1000L)));
  }

  int concurrent() {
    return ordinary.concurrent;
  }

  int queue() {
    return ordinary.queue;
  }

  /** {@code handler}, run only while holding one of the permits of its lane. */
  Handler limit(Handler handler) {
    return ctx -> {
      Lane lane = isHeavy(ctx.queryParam("size"), ctx.queryParam("q")) ? heavy : ordinary;
      if (!lane.enter()) {
        busy(ctx);
      }
      try {
        handler.handle(ctx);
      } finally {
        lane.running.release();
      }
    };
  }

  /** Whether a request with these parameters goes to the heavy lane. */
  static boolean isHeavy(String size, String q) {
    if (size != null) {
      try {
        if (Integer.parseInt(size.strip()) > HEAVY_SIZE) {
          return true;
        }
      } catch (NumberFormatException e) {
        // a bad size is answered with its own error, cheaply
      }
    }
    if (q == null) {
      return false;
    }
    long alternatives = q.chars().filter(c -> c == '|' || c == '｜').count();
    for (String token : q.split("[\\s\u3000]+")) {
      if (token.equals("OR")) {
        alternatives++;
      }
    }
    return alternatives >= HEAVY_ALTERNATIVES;
  }

  private static void busy(Context ctx) {
    ctx.header("Retry-After", RETRY_AFTER_SECONDS);
    ctx.header("Cache-Control", "no-store");
    throw new HttpProblem(503, BUSY);
  }

  /** One lane: a fair semaphore with a bounded, time-limited queue. */
  private static final class Lane {
    final Semaphore running;
    final AtomicInteger waiting = new AtomicInteger();
    final int concurrent;
    final int queue;
    final long waitMillis;

    Lane(int concurrent, int queue, long waitMillis) {
      if (concurrent < 1 || queue < 0 || waitMillis < 0) {
        throw new IllegalArgumentException(
            "bad search limits: " + concurrent + "/" + queue + "/" + waitMillis);
      }
      this.running = new Semaphore(concurrent, true);
      this.concurrent = concurrent;
      this.queue = queue;
      this.waitMillis = waitMillis;
    }

    boolean enter() throws InterruptedException {
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
  }
}
