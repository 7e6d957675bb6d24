package org.nianbao.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.search.IndexStats;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/** The JSON API: {@code /api/search}, {@code /api/reports/{id}} and {@code /healthz}. */
final class ApiController {
  private final SearchService search;

  ApiController(SearchService search) {
    this.search = search;
  }

  /** Exactly the JSON of {@code nianbao search --json}. */
  void search(Context ctx) {
    SearchRequest request = SearchParams.parse(ctx.queryParamMap());
    try {
      Responses.json(ctx, 200, ApiResults.of(search.search(request)));
    } catch (QueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }

  void report(Context ctx) {
    Responses.json(
        ctx, 200, ReportJson.of(ReportController.find(search, ctx.pathParam("id"), ReportController.query(ctx))));
  }

  void health(Context ctx) {
    IndexStats s = search.stats();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("reports", s.reports());
    body.put("sections", s.sections());
    Responses.json(ctx, 200, body);
  }
}
