package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} under a burst of heavy searches (30 terms OR'ed, 500 reports a page) stops on
 * SIGTERM within 10 s and exits 0, as README promises; requests beyond the concurrency bound get
 * 503, never a 5xx of another kind.
 */
class StopUnderLoadTest {
  @TempDir Path tmp;

  @Test
  void sigterm_under_load_stops_within_ten_seconds_with_exit_status_zero() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = tmp.resolve("serve.log");
    Process serve =
        ChildJvm.start(
            log,
            "serve",
            "--index",
            tmp.resolve("index").toString(),
            "--port",
            Integer.toString(port));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base = "http://127.0.0.1:" + port;
    ExecutorService clients = Executors.newFixedThreadPool(48);
    AtomicInteger other5xx = new AtomicInteger();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (true) {
        assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
        try {
          if (http.send(
                      HttpRequest.newBuilder(URI.create(base + "/healthz")).build(),
                      HttpResponse.BodyHandlers.discarding())
                  .statusCode()
              == 200) {
            break;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        assertThat(System.nanoTime()).as("serve answers /healthz within 90 s").isLessThan(deadline);
        Thread.sleep(200);
      }
      String heavy =
          base
              + "/search?size=500&q="
              + FuzzTest.enc(String.join(" OR ", "公开政府信息申请办理结果复议诉讼主动年度报告".split("")));
      for (int i = 0; i < 48; i++) {
        clients.submit(
            () -> {
              for (int k = 0; k < 20 && !Thread.currentThread().isInterrupted(); k++) {
                try {
                  int code =
                      http.send(
                              HttpRequest.newBuilder(URI.create(heavy))
                                  .timeout(Duration.ofSeconds(20))
                                  .build(),
                              HttpResponse.BodyHandlers.discarding())
                          .statusCode();
                  if (code >= 500 && code != 503) {
                    other5xx.incrementAndGet();
                  }
                } catch (Exception stopped) {
                  return null;
                }
              }
              return null;
            });
      }
      Thread.sleep(2000); // the burst is running
      long start = System.nanoTime();
      serve.destroy(); // SIGTERM
      boolean exited = serve.waitFor(10, TimeUnit.SECONDS);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(exited).as("stopped within 10 s of SIGTERM (took " + millis + " ms)").isTrue();
      assertThat(serve.exitValue()).as(Files.readString(log)).isZero();
      assertThat(other5xx.get()).isZero();
    } finally {
      clients.shutdownNow();
      if (serve.isAlive()) {
        serve.destroyForcibly();
      }
    }
  }
}
