package org.nianbao.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.index.Json;
import org.nianbao.search.IndexStats;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;
import org.nianbao.search.SortOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JSON API: {@code /api/search}, {@code /api/reports/{id}} and {@code /healthz}. */
final class ApiController {
  private static final Logger LOG = LoggerFactory.getLogger(ApiController.class);
  private final SearchService search;

  ApiController(SearchService search) {
    this.search = search;
  }

  /** Exactly the JSON of {@code nianbao search --json}. */
  void search(Context ctx) {
    SearchRequest request = SearchParams.parse(ctx.queryParamMap());
    try {
      long start = System.nanoTime();
      SearchResults results = search.search(request);
      long searched = System.nanoTime();
      byte[] body =
          Json.utf8(
              ApiResults.of(
                  PublicSource.of(results),
                  SearchParams.facetOptions(ctx.queryParamMap()),
                  request.measure() == null ? null : request.measure().key()));
      ctx.header(
          ServerTiming.HEADER,
          ServerTiming.of("search", searched - start, "json", System.nanoTime() - searched));
      Responses.json(ctx, 200, body);
    } catch (QueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  void report(Context ctx) {
    Responses.json(
        ctx,
        200,
        ReportJson.of(
            PublicSource.of(
                ReportController.find(search, ctx.pathParam("id"), ReportController.query(ctx)))));
  }

  /**
   * Checks what it can cheaply: the index statistics, one search through the whole search path and
   * the stored fields of the report it finds. A damaged index answers 503 with the reason, so a
   * load balancer or service manager sees it before users do.
   */
  void health(Context ctx) {
    IndexStats s;
    try {
      s = search.stats();
      SearchResults probe =
          search.search(
              new SearchRequest(
                  "", List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 1));
      if (!probe.results().isEmpty()) {
        String id = probe.results().getFirst().id();
        if (search.report(id, "").isEmpty()) {
          throw new IllegalStateException("report " + id + " found by search but not loadable");
        }
      }
    } catch (QueryException | RuntimeException e) {
      String why = IndexTrouble.describe(e);
      LOG.error("health check failed: {}", why != null ? why : e.toString());
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", "error");
      body.put("error", why != null ? IndexTrouble.MESSAGE : "索引无法读取，请管理员检查服务日志。");
      ctx.header("Cache-Control", "no-store");
      Responses.json(ctx, 503, body);
      return;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("reports", s.reports());
    body.put("sections", s.sections());
    Responses.json(ctx, 200, body);
  }
}
