package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generate.CorpusGenerator;
import org.nianbao.generate.CorpusWriter;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;

/**
 * A server with a 256 MB heap on a few thousand generated reports gets 100 concurrent heavy
 * searches (30 single characters OR'ed, 500 reports a page) at once: a small search is answered
 * within 2 s during and after, nothing runs out of memory, every heavy request is answered (200,
 * maybe partial at the search deadline, or 503 from the web layer's limit on concurrent searches),
 * and the server stops within 10 s on SIGTERM.
 */
class HeavySearchLoadTest {
  private static final int REPORTS = Integer.getInteger("nianbao.heavy.reports", 2000);
  private static final int HEAVY = 100;

  /** 30 characters found in nearly every report, OR'ed: every report matches, every section too. */
  static final String HEAVY_QUERY =
      "公开政府信息工作年度报告申请行政复议诉讼主动依法办理情况网站平台数据发布收到"
          .codePoints()
          .limit(30)
          .mapToObj(Character::toString)
          .collect(Collectors.joining(" OR "));

  private static final String SMALL = "/api/search?q=" + FuzzTest.enc("区块链");

  @TempDir Path tmp;

  @Test
  void heavy_searches_do_not_starve_small_ones_nor_exhaust_the_heap() throws Exception {
    assertThat(HEAVY_QUERY.split(" OR ")).hasSize(30);
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    new CorpusWriter(new CorpusGenerator(17), 2).write(corpus, REPORTS, 60_000, (f, t, b) -> {});
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      indexer.index(List.of(corpus), false, ProgressListener.NONE);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = tmp.resolve("serve.log");
    Process serve =
        ChildJvm.start(
            log,
            List.of("-Xmx256m"),
            "serve",
            "--index",
            index.toString(),
            "--port",
            Integer.toString(port));
    String base = "http://127.0.0.1:" + port;
    HttpClient probe =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    try {
      waitForHealth(probe, base, serve, log);
      assertThat(get(probe, base + SMALL).statusCode()).isEqualTo(200); // warm

      // A small search every 100 ms, for as long as the heavy ones run.
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong slowestSmallMs = new AtomicLong();
      AtomicLong smallCount = new AtomicLong();
      ConcurrentLinkedQueue<String> smallFailures = new ConcurrentLinkedQueue<>();
      Thread prober =
          Thread.ofPlatform()
              .start(
                  () -> {
                    while (running.get()) {
                      long t0 = System.nanoTime();
                      try {
                        int status = get(probe, base + SMALL).statusCode();
                        if (status != 200 && status != 503) {
                          smallFailures.add("status " + status);
                        }
                      } catch (Exception e) {
                        smallFailures.add(e.toString());
                      }
                      long ms = (System.nanoTime() - t0) / 1_000_000;
                      slowestSmallMs.accumulateAndGet(ms, Math::max);
                      smallCount.incrementAndGet();
                      try {
                        Thread.sleep(100);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });

      HttpClient heavyClient =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      String heavy = base + "/api/search?size=500&q=" + FuzzTest.enc(HEAVY_QUERY);
      long start = System.nanoTime();
      List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
      for (int i = 0; i < HEAVY; i++) {
        sent.add(
            heavyClient.sendAsync(
                HttpRequest.newBuilder(URI.create(heavy)).timeout(Duration.ofSeconds(90)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
      }
      Map<String, Long> outcomes = new ConcurrentHashMap<>();
      for (CompletableFuture<HttpResponse<String>> f : sent) {
        String outcome;
        try {
          HttpResponse<String> res = f.get(120, TimeUnit.SECONDS);
          outcome =
              res.statusCode() == 200 && res.body().contains("\"partial\":true")
                  ? "200 partial"
                  : Integer.toString(res.statusCode());
        } catch (Exception e) {
          outcome = e.getClass().getSimpleName();
        }
        outcomes.merge(outcome, 1L, Long::sum);
      }
      long heavyMs = (System.nanoTime() - start) / 1_000_000;
      running.set(false);
      prober.join();

      long t0 = System.nanoTime();
      HttpResponse<String> after = get(probe, base + SMALL);
      long afterMs = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(
          "heavy load: %d reports, %d heavy requests %s in %d ms; %d small searches meanwhile, slowest %d ms; after: %d ms%n",
          REPORTS, HEAVY, outcomes, heavyMs, smallCount.get(), slowestSmallMs.get(), afterMs);

      assertThat(outcomes.keySet())
          .as("every heavy request answered 200 or 503")
          .allMatch(k -> k.startsWith("200") || k.equals("503"));
      assertThat(smallFailures).as("small searches during the load").isEmpty();
      assertThat(smallCount.get()).isPositive();
      assertThat(slowestSmallMs.get())
          .as("slowest small search during the load (ms)")
          .isLessThan(2000);
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(afterMs).as("small search after the load (ms)").isLessThan(2000);
      assertThat(serve.isAlive()).isTrue();
      assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
    } finally {
      long t0 = System.nanoTime();
      serve.destroy(); // SIGTERM
      boolean stopped = serve.waitFor(10, TimeUnit.SECONDS);
      if (!stopped) {
        serve.destroyForcibly();
      }
      assertThat(stopped)
          .as("stopped within 10 s of SIGTERM (%d ms)", (System.nanoTime() - t0) / 1_000_000)
          .isTrue();
    }
    assertThat(serve.exitValue()).as("graceful stop on SIGTERM").isIn(0, 143);
    assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
  }

  private static void waitForHealth(HttpClient http, String base, Process serve, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
      try {
        if (get(http, base + "/healthz").statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "serve did not answer /healthz within 60 s:\n" + Files.readString(log));
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
