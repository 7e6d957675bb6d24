package org.nianbao.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search site: routes, static assets, error pages and security headers. {@link #create}
 * returns an unstarted app, so tests can build it around a stand-in {@link SearchService}.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final long STOP_TIMEOUT_MS = 10_000;

  /**
   * Cap on the request line plus headers. Big enough for a 200-character query of any script
   * (percent-encoded UTF-8 is up to 12 bytes a character) with all its filters; a longer URL gets
   * 414, bigger headers 431.
   */
  static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

  /** Cap on a request body (the site only answers GET; nothing reads a body). */
  static final long MAX_REQUEST_BODY_BYTES = 64 * 1024;

  private WebApp() {}

  /** An unstarted Javalin app serving {@code search} with the given settings. */
  public static Javalin create(SearchService search, WebConfig config) {
    Templates templates = Templates.create(config.dev());
    Responses responses = new Responses(templates);
    HomeController home = new HomeController(search, responses);
    SearchController searchPage = new SearchController(search, responses);
    ReportController reports = new ReportController(search, responses);
    ApiController api = new ApiController(search);
    StatsController stats = new StatsController(search, responses);

    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.jetty.host = config.host();
          cfg.jetty.port = config.port();
          cfg.http.maxRequestSize = MAX_REQUEST_BODY_BYTES;
          cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES));
          cfg.jetty.modifyServer(
              server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyErrors());
              });
          cfg.http.defaultContentType = Responses.HTML;
          cfg.staticFiles.add(
              sf -> {
                sf.hostedPath = "/assets";
                sf.directory = "/public";
                sf.location = Location.CLASSPATH;
                Map<String, String> headers = new LinkedHashMap<>(Responses.SECURITY_HEADERS);
                headers.put("Cache-Control", "max-age=3600");
                sf.headers = headers;
                sf.mimeTypes.add("text/css; charset=utf-8", "css");
                sf.mimeTypes.add("text/javascript; charset=utf-8", "js");
              });

          cfg.routes.before(Responses::secure);
          cfg.routes.get("/", home::home);
          cfg.routes.get("/search", searchPage::search);
          cfg.routes.get("/reports/{id}", reports::report);
          cfg.routes.get("/reports/{id}/original", reports::original);
          cfg.routes.get("/api/search", api::search);
          cfg.routes.get("/api/reports/{id}", api::report);
          cfg.routes.get("/healthz", api::health);
          cfg.routes.get("/stats", stats::page);
          cfg.routes.get("/compare", reports::compare);
          cfg.routes.get("/stats.csv", stats::csv);
          cfg.routes.get("/api/stats", stats::api);

          cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(responses, ctx, e.status(), e.getMessage()));
          cfg.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("unexpected error on {} {}?{}", ctx.method(), ctx.path(), ctx.queryString(), e);
                problem(responses, ctx, 500, "服务器出了点问题，请稍后再试。");
              });
          for (int status : new int[] {400, 404, 405, 500}) {
            cfg.routes.error(status, ctx -> unhandled(responses, ctx, status));
          }
        });
  }

  /** Renders an error as JSON for the API and as a page for everything else. */
  private static void problem(Responses responses, Context ctx, int status, String message) {
    if (Responses.wantsJson(ctx)) {
      Responses.jsonError(ctx, status, message);
    } else {
      responses.html(ctx, status, "error.jte", ErrorPage.of(status, message));
    }
  }

  /** Error statuses nobody rendered yet (unknown paths, wrong methods, Javalin's own errors). */
  private static void unhandled(Responses responses, Context ctx, int status) {
    if (Responses.written(ctx)) {
      return;
    }
    String message =
        switch (status) {
          case 404 -> "这个地址没有内容。可以回到首页重新搜索。";
          case 405 -> "不支持这种请求方式。";
          case 400 -> "请求有误，请检查链接。";
          default -> "服务器出了点问题，请稍后再试。";
        };
    problem(responses, ctx, status, message);
  }

}
