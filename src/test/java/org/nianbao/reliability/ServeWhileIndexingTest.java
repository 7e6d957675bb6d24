package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Json;

/**
 * {@code nianbao serve} runs in one child process while a separate {@code nianbao index} child adds
 * and changes reports: every search made meanwhile answers 200, and the server shows the new and
 * changed reports within seconds of the commit, without a restart.
 */
class ServeWhileIndexingTest {
  private static final String ADDED = "服务期间新增";
  private static final String CHANGED = "服务期间修订";
  private static final int NEW_FILES = 5;

  @TempDir Path tmp;

  @Test
  void searches_never_fail_and_new_reports_appear_without_a_restart() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Corpus.variants(corpus, 2); // 10 reports
    Process first =
        ChildJvm.start(
            tmp.resolve("index-1.log"), "index", "--index", index.toString(), corpus.toString());
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path serveLog = tmp.resolve("serve.log");
    Process serve =
        ChildJvm.start(
            serveLog, "serve", "--index", index.toString(), "--port", Integer.toString(port));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base = "http://127.0.0.1:" + port;
    try {
      waitForHealth(http, base, serve, serveLog);
      assertThat(total(http, base, "")).isEqualTo(10);

      // Hammer the server from three threads for the whole re-index.
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong requests = new AtomicLong();
      ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
      Map<Integer, Long> statuses = new ConcurrentHashMap<>();
      List<String> targets =
          List.of(
              "/api/search?q=" + FuzzTest.enc("政府信息公开"),
              "/api/search?q=" + FuzzTest.enc("微信公众号") + "&county=" + FuzzTest.enc("金乡县"),
              "/api/search?sort=newest&size=50",
              "/search?q=" + FuzzTest.enc("行政复议"),
              "/api/search?q=" + FuzzTest.enc(ADDED),
              "/healthz");
      List<Thread> clients = new java.util.ArrayList<>();
      for (int t = 0; t < 3; t++) {
        int offset = t;
        clients.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      for (int i = offset; running.get(); i++) {
                        String target = targets.get(i % targets.size());
                        try {
                          HttpResponse<String> res =
                              http.send(
                                  HttpRequest.newBuilder(URI.create(base + target))
                                      .timeout(Duration.ofSeconds(30))
                                      .build(),
                                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                          statuses.merge(res.statusCode(), 1L, Long::sum);
                          if (res.statusCode() != 200) {
                            failures.add(res.statusCode() + " " + target + " " + res.body());
                          }
                        } catch (Exception e) {
                          failures.add(e + " " + target);
                        }
                        requests.incrementAndGet();
                      }
                    }));
      }

      // A separate index process adds five reports and changes two while the searches go on.
      Thread.sleep(500);
      for (int i = 0; i < NEW_FILES; i++) {
        Corpus.Sample sample = Corpus.samples().get(i);
        Files.writeString(
            corpus.resolve("added-" + i + ".txt"),
            Corpus.variant(sample, 500 + i) + "\n本报告为" + ADDED + "。\n",
            StandardCharsets.UTF_8);
      }
      for (String name : List.of("v00000_0.txt", "v00001_3.txt")) {
        Files.writeString(
            corpus.resolve(name),
            "\n本段为" + CHANGED + "。\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
      }
      Process second =
          ChildJvm.start(
              tmp.resolve("index-2.log"), "index", "--index", index.toString(), corpus.toString());
      assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).as(Files.readString(tmp.resolve("index-2.log"))).isZero();
      long committed = System.nanoTime();

      // The running server shows the new and the changed reports within seconds.
      long seenAfterMs = -1;
      while (System.nanoTime() - committed < TimeUnit.SECONDS.toNanos(10)) {
        if (total(http, base, ADDED) == NEW_FILES
            && total(http, base, CHANGED) == 2
            && total(http, base, "") == 10 + NEW_FILES) {
          seenAfterMs = (System.nanoTime() - committed) / 1_000_000;
          break;
        }
        Thread.sleep(100);
      }
      Thread.sleep(300); // keep searching a little after the switch
      running.set(false);
      for (Thread c : clients) {
        c.join();
      }
      System.out.printf(
          "serve while indexing: %d requests, statuses %s, new reports visible %d ms after the index process exited%n",
          requests.get(), statuses, seenAfterMs);
      assertThat(failures).as("failed requests").isEmpty();
      assertThat(requests.get()).isGreaterThan(20);
      assertThat(seenAfterMs).as("new reports visible within 10 s").isBetween(0L, 10_000L);
      JsonNode health = Json.mapper().readTree(get(http, base + "/healthz").body());
      assertThat(health.get("reports").asLong()).isEqualTo(10 + NEW_FILES);
      assertThat(serve.isAlive()).as("the server was never restarted").isTrue();
      assertThat(Files.readString(serveLog)).doesNotContain("Exception").doesNotContain("ERROR");
    } finally {
      serve.destroy(); // SIGTERM: graceful stop
      if (!serve.waitFor(20, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
    assertThat(serve.exitValue()).as("graceful stop on SIGTERM").isIn(0, 143);
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

  private static long total(HttpClient http, String base, String query) throws Exception {
    HttpResponse<String> res = get(http, base + "/api/search?q=" + FuzzTest.enc(query));
    assertThat(res.statusCode()).isEqualTo(200);
    return Json.mapper().readTree(res.body()).get("total").asLong();
  }
}
