package org.nianbao.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
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
      SearchRequest shown =
          SearchPages.capped(request); // the site shows at most 100 reports a page
      boolean capped = shown != request;
      SearchResults results = search.search(shown);
      int last = SearchPages.pageCount(results.total(), results.size());
      if (results.total() > 0 && results.page() > last) { // clamped: never "第 200 / 120 页"
        SearchRequest clamped = shown.withPage(last, results.size());
        SearchResults lastPage = search.search(clamped);
        List<String> notices = new ArrayList<>(lastPage.notices());
        notices.add("结果只有 " + last + " 页，第 " + request.page() + " 页超出了范围，已显示最后一页");
        results =
            new SearchResults(
                lastPage.query(),
                lastPage.total(),
                lastPage.totalSections(),
                lastPage.page(),
                lastPage.size(),
                lastPage.tookMs(),
                lastPage.results(),
                lastPage.facets(),
                notices,
                lastPage.partial(),
                lastPage.sort(),
                lastPage.rankable());
        shown = clamped;
      }
      responses.html(
          ctx,
          200,
          "search.jte",
          SearchPages.results(
              shown,
              results,
              options,
              capped,
              SearchParams.first(ctx.queryParamMap(), PlaceTree.OPEN).orElse(null)));
    } catch (QueryException e) {
      responses.html(ctx, 400, "search.jte", SearchPages.failed(rawQuery, e.getMessage()));
    }
  }
}
