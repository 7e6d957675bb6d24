package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.assertHtml;
import static org.nianbao.web.WebTesting.assertJson;
import static org.nianbao.web.WebTesting.header;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CorruptIndexException;
import org.junit.jupiter.api.Test;
import org.nianbao.search.IndexStats;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;

/** HEAD semantics, the bound on concurrent searches, and a damaged index's error pages. */
class HardeningWebTest {

  /** Delegates to a {@link FakeSearchService}; subclasses change one call. */
  static class Delegating implements SearchService {
    final FakeSearchService fake = new FakeSearchService();

    @Override
    public SearchResults search(SearchRequest request) throws QueryException {
      return fake.search(request);
    }

    @Override
    public Optional<MarkedReport> report(String id, String query) {
      return fake.report(id, query);
    }

    @Override
    public IndexStats stats() {
      return fake.stats();
    }

    @Override
    public void close() {}
  }

  /** A HEAD request: its status, Content-Type (lower-cased, no spaces) and body length. */
  private record Head(int code, String contentType, int bodyLength) {}

  private static Head head(int port, String path) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path))
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    String type = response.headers().firstValue("Content-Type").orElse(null);
    return new Head(
        response.statusCode(),
        type == null ? null : type.replace(" ", "").toLowerCase(java.util.Locale.ROOT),
        response.body().length);
  }

  @Test
  void head_answers_with_the_status_of_get() {
    JavalinTest.test(
        WebApp.create(new FakeSearchService(), new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          for (String path :
              new String[] {
                "/",
                "/reports/nope",
                "/api/reports/nope",
                "/search?page=abc",
                "/api/search?size=x",
                "/healthz",
                "/reports/" + WebTesting.enc(FakeSearchService.ID),
                "/nope"
              }) {
            Response get = client.get(path);
            Head head = head(server.port(), path);
            assertThat(head.code()).as("HEAD " + path).isEqualTo(get.code());
            assertThat(head.contentType())
                .as("HEAD " + path)
                .isEqualTo(WebTesting.contentType(get));
            assertThat(head.bodyLength()).isZero();
          }
          assertThat(head(server.port(), "/reports/nope").code()).isEqualTo(404);
        });
  }

  @Test
  void searches_beyond_the_limit_get_503_with_retry_after_and_a_chinese_message() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SearchService slow =
        new Delegating() {
          @Override
          public SearchResults search(SearchRequest request) throws QueryException {
            entered.countDown();
            try {
              release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return fake.search(request);
          }
        };
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      JavalinTest.test(
          WebApp.create(slow, new WebConfig("127.0.0.1", 0, false), new SearchLimiter(1, 0, 0)),
          (server, client) -> {
            Future<Response> first = pool.submit(() -> client.get("/api/search?q=a"));
            assertThat(entered.await(20, TimeUnit.SECONDS)).isTrue();

            Response api = client.get("/api/search?q=b");
            assertJson(api, 503);
            assertThat(header(api, "Retry-After")).isEqualTo("5");
            assertThat(api.body().string()).isEqualTo("{\"error\":\"服务器正忙，请稍后再试。\"}");

            Response page = client.get("/search?q=b");
            assertHtml(page, 503);
            assertThat(header(page, "Retry-After")).isEqualTo("5");
            assertThat(page.body().string()).contains("服务器正忙，请稍后再试。");

            assertHtml(client.get("/"), 200); // the home page is not a search: never limited
            release.countDown();
            assertThat(first.get(20, TimeUnit.SECONDS).code()).isEqualTo(200);
            assertThat(client.get("/api/search?q=c").code()).isEqualTo(200); // the permit came back
          });
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  @Test
  void a_corrupt_segment_gives_a_clear_503_and_healthz_sees_it() {
    SearchService corrupt =
        new Delegating() {
          @Override
          public Optional<MarkedReport> report(String id, String query) {
            throw new UncheckedIOException(new CorruptIndexException("checksum failed", "_0.cfs"));
          }
        };
    JavalinTest.test(
        WebApp.create(corrupt, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          Response page = client.get("/reports/" + WebTesting.enc(FakeSearchService.ID));
          assertHtml(page, 503);
          assertThat(page.body().string()).contains(IndexTrouble.MESSAGE);

          Response api = client.get("/api/reports/" + WebTesting.enc(FakeSearchService.ID));
          assertJson(api, 503);
          assertThat(api.body().string()).isEqualTo("{\"error\":\"" + IndexTrouble.MESSAGE + "\"}");

          Response health = client.get("/healthz");
          assertJson(health, 503);
          assertThat(health.body().string())
              .isEqualTo("{\"status\":\"error\",\"error\":\"" + IndexTrouble.MESSAGE + "\"}");
        });
  }

  @Test
  void the_api_never_shows_an_absolute_server_path_in_source() {
    WebTesting.withApp(
        new FakeSearchService(),
        client -> {
          Response res = client.get("/api/reports/" + WebTesting.enc(FakeSearchService.ID));
          assertJson(res, 200);
          var json = org.nianbao.index.Json.mapper().readTree(res.body().string());
          assertThat(json.get("report").get("source").asText())
              .isEqualTo("000_bf1f93b444d87913.txt");
        });
    assertThat(PublicSource.of("/srv/data/reports/2021/a.txt")).isEqualTo("a.txt");
    assertThat(PublicSource.of("C:\\data\\a.txt")).isEqualTo("a.txt");
    assertThat(PublicSource.of("reports/2021/a.txt")).isEqualTo("reports/2021/a.txt");
    assertThat(PublicSource.of("corpus/000.txt")).isEqualTo("corpus/000.txt");
  }

  @Test
  void a_nul_byte_in_an_api_path_gets_a_json_error() {
    JavalinTest.test(
        WebApp.create(new FakeSearchService(), new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          var http = java.net.http.HttpClient.newHttpClient();
          var api =
              http.send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(
                              "http://127.0.0.1:" + server.port() + "/api/reports/%00"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
          assertThat(api.statusCode()).isEqualTo(400);
          assertThat(api.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
              .isEqualTo("application/json;charset=utf-8");
          assertThat(api.body()).isEqualTo("{\"error\":\"请求有误，请检查链接。\"}\n");
          // an oversized URL is still the documented one-line HTML page
          var huge =
              http.send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(
                              "http://127.0.0.1:"
                                  + server.port()
                                  + "/api/search?q="
                                  + "a".repeat(70_000)))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
          assertThat(huge.statusCode()).isEqualTo(414);
          assertThat(huge.headers().firstValue("Content-Type").orElse("").replace(" ", ""))
              .isEqualTo("text/html;charset=utf-8");
        });
  }
}
