package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the ranking of a search while its thread counts: one worker per core; when all are busy the
 * searching thread ranks itself (so a loaded server queues nothing extra).
 */
final class Ranker implements AutoCloseable {
  private final ExecutorService pool =
      new ThreadPoolExecutor(
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors(),
          30,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          r -> {
            Thread t = new Thread(r, "ranking");
            t.setDaemon(true);
            return t;
          },
          new ThreadPoolExecutor.CallerRunsPolicy());

  /** Runs {@code task} with the submitting thread's {@link Deadline}. */
  <T> Future<T> submit(Callable<T> task) {
    return pool.submit(Deadline.current().bound(task));
  }

  /** The task's result, its {@link IOException} or runtime exception rethrown as is. */
  static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while ranking", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
