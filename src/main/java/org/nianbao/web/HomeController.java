package org.nianbao.web;

import io.javalin.http.Context;
import org.nianbao.search.IndexStats;
import org.nianbao.search.SearchService;

/** {@code /}: the search box, what is indexed and example searches. */
final class HomeController {
  private final SearchService search;
  private final Responses responses;

  HomeController(SearchService search, Responses responses) {
    this.search = search;
    this.responses = responses;
  }

  void home(Context ctx) {
    IndexStats s = search.stats();
    var years =
        s.years().stream()
            .sorted(java.util.Comparator.reverseOrder())
            .map(y -> new HomePage.YearLink(y, "/search?year=" + y))
            .toList();
    responses.html(
        ctx,
        200,
        "home.jte",
        new HomePage(
            s.reports(), s.sections(), s.counties(), s.agencies(), years, SearchPages.examples()));
  }
}
