package org.nianbao.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/** {@code /reports/{id}}: one whole report, highlighted when {@code ?q=} is given. */
final class ReportController {
  static final String NOT_FOUND = "没有找到这份报告，它可能已被移除，或链接有误。";

  private final SearchService search;
  private final Responses responses;

  ReportController(SearchService search, Responses responses) {
    this.search = search;
    this.responses = responses;
  }

  void report(Context ctx) {
    String id = ctx.pathParam("id");
    MarkedReport marked = find(search, id, query(ctx));
    responses.html(ctx, 200, "report.jte", ReportPages.build(marked, query(ctx), back(ctx.queryParamMap())));
  }

  /** The report, or a 404 problem for unknown and implausible ids. */
  static MarkedReport find(SearchService search, String id, String query) {
    if (!ReportIds.plausible(id)) {
      throw HttpProblem.notFound(NOT_FOUND);
    }
    return search.report(id, query).orElseThrow(() -> HttpProblem.notFound(NOT_FOUND));
  }

  static String query(Context ctx) {
    String q = SearchParams.first(ctx.queryParamMap(), SearchParams.Q).orElse("");
    return q.length() > 1000 ? "" : q;
  }

  /** The search the reader came from; filters that do not parse are simply dropped. */
  private static Links back(Map<String, List<String>> params) {
    try {
      return Links.of(SearchParams.parse(params));
    } catch (HttpProblem e) {
      return Links.of(SearchRequest.of(SearchParams.first(params, SearchParams.Q).orElse("")));
    }
  }
}
