package org.nianbao.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes reports 0…n-1 of a {@link CorpusGenerator} under a directory ({@link
 * GeneratedReport#pathOf}), in parallel: each worker takes whole directories of 1,000 reports.
 * Existing files with the same names are overwritten; other files are left alone.
 */
public final class CorpusWriter {

  /** What was written. */
  public record Summary(int files, long bytes, double seconds) {
    public double megabytesPerSecond() {
      return seconds <= 0 ? 0 : bytes / 1_048_576.0 / seconds;
    }
  }

  /** Called from the writing thread every {@code intervalMillis} with the progress so far. */
  public interface Progress {
    void report(int files, int total, long bytes);
  }

  private static final int CHUNK = 1000;

  private final CorpusGenerator generator;
  private final int threads;

  public CorpusWriter(CorpusGenerator generator, int threads) {
    this.generator = generator;
    this.threads = Math.max(1, threads);
  }

  /** Writes {@code count} reports into {@code dir}; calls {@code progress} every few seconds. */
  public Summary write(Path dir, int count, long intervalMillis, Progress progress)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    Files.createDirectories(dir);
    AtomicInteger nextChunk = new AtomicInteger();
    AtomicInteger files = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    int chunks = (count + CHUNK - 1) / CHUNK;
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "generate");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int c = nextChunk.getAndIncrement();
                      c < chunks;
                      c = nextChunk.getAndIncrement()) {
                    writeChunk(dir, c, count, files, bytes);
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        while (true) {
          try {
            f.get(intervalMillis, TimeUnit.MILLISECONDS);
            break;
          } catch (TimeoutException e) {
            progress.report(files.get(), count, bytes.get());
          }
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return new Summary(files.get(), bytes.get(), (System.nanoTime() - start) / 1e9);
  }

  private void writeChunk(Path dir, int chunk, int count, AtomicInteger files, AtomicLong bytes) {
    long first = (long) chunk * CHUNK;
    long end = Math.min(count, first + CHUNK);
    try {
      Files.createDirectories(dir.resolve(GeneratedReport.pathOf(first)).getParent());
      for (long i = first; i < end; i++) {
        GeneratedReport r = generator.generate(i);
        Files.write(dir.resolve(r.path()), r.bytes());
        files.incrementAndGet();
        bytes.addAndGet(r.bytes().length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
