package org.nianbao.web;

import io.javalin.http.Context;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/** {@code /search}: results page; a bad query or parameter is a friendly 400 page, never a 500. */
final class SearchController {
  private final SearchService search;
  private final Responses responses;

  SearchController(SearchService search, Responses responses) {
    this.search = search;
    this.responses = responses;
  }

  void search(Context ctx) {
    String rawQuery = SearchParams.first(ctx.queryParamMap(), SearchParams.Q).orElse("");
    SearchRequest request;
    FacetOptions options;
    try {
      request = SearchParams.parse(ctx.queryParamMap());
      options = SearchParams.facetOptions(ctx.queryParamMap());
    } catch (HttpProblem e) {
      responses.html(ctx, e.status(), "search.jte", SearchPages.failed(rawQuery, e.getMessage()));
      return;
    }
    try {
      responses.html(ctx, 200, "search.jte", SearchPages.results(request, search.search(request), options));
    } catch (QueryException e) {
      responses.html(ctx, 400, "search.jte", SearchPages.failed(rawQuery, e.getMessage()));
    }
  }
}
