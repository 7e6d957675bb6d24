package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;

/**
 * 32 concurrent connections drive {@code /api/search} of the real site with the benchmark query mix
 * (the one in {@code bench/wrk-search.lua}) for {@code -Dnianbao.load.seconds} (default 30): no
 * request may fail; latency percentiles and throughput are printed.
 */
class LoadTest {
  private static final int CONNECTIONS = 32;
  private static final int SECONDS = Integer.getInteger("nianbao.load.seconds", 30);
  private static final int COPIES = Integer.getInteger("nianbao.load.copies", 10);

  /** The mix of {@code bench/wrk-search.lua}, decoded. */
  static final List<String> MIX =
      List.of(
          "q=区块链",
          "q=微信公众号",
          "q=公开",
          "q=政务新媒体 抖音",
          "q=抖音 OR 微博",
          "q=微信公众号 -抖音",
          "q=行政复议",
          "q=依申请公开",
          "q=微信公众号&county=金乡县",
          "q=公开&year=2021&sort=newest",
          "q=行政复议&section=4",
          "q=政务新媒体 抖音&county=金乡县&year=2021&sort=newest",
          "county=金乡县&sort=newest");

  @TempDir Path tmp;

  @Test
  void thirty_two_connections_get_no_errors() throws Exception {
    Path index = tmp.resolve("index");
    BundledIndex.ensure(index);
    List<Path> files = Corpus.variants(tmp.resolve("corpus"), COPIES);
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      indexer.index(List.of(tmp.resolve("corpus")), false, ProgressListener.NONE);
    }
    List<String> targets = MIX.stream().map(LoadTest::encode).toList();

    try (TestSite site = TestSite.start(index)) {
      assertThat(site.search.stats().reports()).isEqualTo(5 + files.size());
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      String base = site.base() + "/api/search?";
      // Warm up (JIT, caches) so the numbers describe the steady state.
      for (int i = 0; i < 200; i++) {
        send(http, base + targets.get(i % targets.size()));
      }

      AtomicLong errors = new AtomicLong();
      ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
      long start = System.nanoTime();
      long end = start + SECONDS * 1_000_000_000L;
      List<Future<long[]>> workers = new ArrayList<>();
      try (ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS)) {
        for (int w = 0; w < CONNECTIONS; w++) {
          int offset = w;
          workers.add(
              pool.submit(
                  () -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    for (int i = offset; System.nanoTime() < end; i++) {
                      String url = base + targets.get(i % targets.size());
                      long t0 = System.nanoTime();
                      try {
                        HttpResponse<Void> res = send(http, url);
                        if (res.statusCode() != 200) {
                          errors.incrementAndGet();
                          if (firstErrors.size() < 5) {
                            firstErrors.add(res.statusCode() + " " + url);
                          }
                        }
                      } catch (Exception e) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                          firstErrors.add(e + " " + url);
                        }
                      }
                      if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                      }
                      latencies[n++] = System.nanoTime() - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                  }));
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long[] all =
          workers.stream().map(LoadTest::join).flatMapToLong(Arrays::stream).sorted().toArray();
      String report =
          String.format(
              Locale.ROOT,
              "load: %d connections, %.1f s, %d requests, %d errors, %.0f req/s; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f; %d reports",
              CONNECTIONS,
              seconds,
              all.length,
              errors.get(),
              all.length / seconds,
              ms(all, 0.50),
              ms(all, 0.90),
              ms(all, 0.99),
              all[all.length - 1] / 1e6,
              site.search.stats().reports());
      System.out.println(report);
      assertThat(firstErrors).as("first errors").isEmpty();
      assertThat(errors.get()).isZero();
      assertThat(all.length).isGreaterThan(CONNECTIONS * 10);
    }
  }

  private static HttpResponse<Void> send(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.discarding());
  }

  private static long[] join(Future<long[]> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /** Percent-encodes the values of a {@code name=value&…} string. */
  private static String encode(String params) {
    List<String> out = new ArrayList<>();
    for (String pair : params.split("&")) {
      int eq = pair.indexOf('=');
      out.add(pair.substring(0, eq + 1) + FuzzTest.enc(pair.substring(eq + 1)));
    }
    return String.join("&", out);
  }
}
