package org.nianbao.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search site: routes, static assets, error pages and security headers. {@link #create} returns
 * an unstarted app, so tests can build it around a stand-in {@link SearchService}.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /**
   * Requests in flight at a stop get this long (the process exits at the latest 9 s after SIGTERM).
   */
  private static final long STOP_TIMEOUT_MS = 7_000;

  /**
   * Cap on the request line plus headers. Big enough for a 200-character query of any script
   * (percent-encoded UTF-8 is up to 12 bytes a character) with all its filters; a longer URL gets
   * 414, bigger headers 431.
   */
  static final int MAX_REQUEST_HEADER_BYTES = 64 * 1024;

  /** Cap on a request body (the site only answers GET; nothing reads a body). */
  static final long MAX_REQUEST_BODY_BYTES = 256 * 1024; // batch search: 500 terms, percent-encoded

  private WebApp() {}

  /** An unstarted Javalin app serving {@code search} with the given settings. */
  public static Javalin create(SearchService search, WebConfig config) {
    return create(search, config, SearchLimiter.forThisMachine());
  }

  static Javalin create(SearchService search, WebConfig config, SearchLimiter limiter) {
    Templates templates = Templates.create(config.dev());
    Responses responses = new Responses(templates);
    HomeController home = new HomeController(search, responses);
    StaticAssets assets = StaticAssets.load();
    SearchController searchPage = new SearchController(search, responses);
    ReportController reports = new ReportController(search, responses);
    ApiController api = new ApiController(search);
    ExportController exports = new ExportController(search);
    BatchController batch = new BatchController(search, responses);
    StatsController stats = new StatsController(search, responses);

    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          cfg.jetty.host = config.host();
          cfg.jetty.port = config.port();
          cfg.http.maxRequestSize = MAX_REQUEST_BODY_BYTES;
          cfg.jetty.modifyHttpConfiguration(
              http -> {
                http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
              });
          cfg.jetty.modifyServer(
              server -> {
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyErrors());
              });
          cfg.http.defaultContentType = Responses.HTML;
          cfg.routes.before(Responses::secure);
          // each GET page answers HEAD exactly as GET (same status and headers; Jetty drops the
          // body)
          Map<String, Handler> pages = new LinkedHashMap<>();
          pages.put("/", home::home);
          pages.put("/assets/{name}", assets::serve);
          pages.put("/search", limiter.limit(searchPage::search));
          pages.put("/search.csv", limiter.limit(exports::csv));
          pages.put("/search.xlsx", limiter.limit(exports::xlsx));
          pages.put("/batch", limiter.limit(batch::page));
          pages.put("/api/batch", limiter.limit(batch::api));
          pages.put("/batch.csv", limiter.limit(batch::csv));
          pages.put("/reports/{id}", limiter.limit(reports::report));
          pages.put("/reports/{id}/original", reports::original);
          pages.put("/api/search", limiter.limit(api::search));
          pages.put("/api/reports/{id}", limiter.limit(api::report));
          pages.put("/healthz", api::health);
          pages.put("/stats", limiter.limit(stats::page));
          pages.put("/stats.csv", limiter.limit(stats::csv));
          pages.put("/api/stats", limiter.limit(stats::api));
          pages.put("/compare", limiter.limit(reports::compare));
          pages.forEach(
              (path, handler) -> {
                cfg.routes.get(path, handler);
                cfg.routes.head(path, handler);
              });
          cfg.routes.post("/batch", limiter.limit(batch::page));
          cfg.routes.post("/api/batch", limiter.limit(batch::api));
          cfg.routes.post("/batch.csv", limiter.limit(batch::csv));

          cfg.routes.exception(
              HttpProblem.class, (e, ctx) -> problem(responses, ctx, e.status(), e.getMessage()));
          cfg.routes.exception(
              Exception.class,
              (e, ctx) -> {
                String broken = IndexTrouble.describe(e);
                if (broken != null) {
                  // a damaged index is the operator's to fix: one log line, a clear 503 page
                  LOG.error("index unusable on {} {}: {}", ctx.method(), ctx.path(), broken);
                  ctx.header("Retry-After", "60");
                  problem(responses, ctx, 503, IndexTrouble.MESSAGE);
                  return;
                }
                LOG.error(
                    "unexpected error on {} {}?{}", ctx.method(), ctx.path(), ctx.queryString(), e);
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
