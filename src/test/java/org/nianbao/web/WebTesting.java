package org.nianbao.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.util.List;

/** Helpers shared by the HTTP tests. */
final class WebTesting {
  private WebTesting() {}

  /** A test body run against a started app. */
  interface Body {
    void run(HttpClient client) throws Exception;
  }

  static void withApp(FakeSearchService search, Body body) {
    JavalinTest.test(
        WebApp.create(search, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          quickStop(server);
          body.run(client);
        });
  }

  /**
   * Stops {@code app} without the production grace period: Jetty's graceful stop waits about a
   * second for the test client's idle keep-alive connections, a second per test.
   */
  static void quickStop(Javalin app) {
    app.jettyServer().server().setStopTimeout(0);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, UTF_8);
  }

  static String header(Response res, String name) {
    List<String> values = res.headers().get(name);
    return values == null || values.isEmpty() ? null : values.getFirst();
  }

  /**
   * The Content-Type header, lower-cased and without spaces (Jetty writes {@code
   * text/html;charset=utf-8}).
   */
  static String contentType(Response res) {
    String type = header(res, "Content-Type");
    return type == null ? null : type.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** Every response carries the same security headers. */
  static void assertSecurityHeaders(Response res) {
    assertThat(header(res, "Content-Security-Policy"))
        .isEqualTo(Responses.CSP)
        .startsWith("default-src 'self'");
    assertThat(header(res, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(res, "Referrer-Policy")).isEqualTo("same-origin");
  }

  static void assertHtml(Response res, int status) {
    assertThat(res.code()).isEqualTo(status);
    assertThat(contentType(res)).isEqualTo("text/html;charset=utf-8");
    assertSecurityHeaders(res);
  }

  static void assertJson(Response res, int status) {
    assertThat(res.code()).isEqualTo(status);
    assertThat(contentType(res)).isEqualTo("application/json;charset=utf-8");
    assertSecurityHeaders(res);
  }
}
