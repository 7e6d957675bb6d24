package org.nianbao.web;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/**
 * {@code /stats} (数据), {@code /api/stats} and {@code /stats.csv}: the statistics of the reports
 * matching the current query and filters (the {@code /search} parameters, plus {@code measure}).
 */
final class StatsController {
  static final String MEASURE = "measure";

  private final SearchService search;
  private final Responses responses;

  StatsController(SearchService search, Responses responses) {
    this.search = search;
    this.responses = responses;
  }

  void page(Context ctx) {
    responses.html(ctx, 200, "stats.jte", build(ctx));
  }

  void api(Context ctx) {
    Responses.json(ctx, 200, StatsJson.of(build(ctx)));
  }

  /** One line per matching report: its metadata and every measure; UTF-8 with a BOM, streamed. */
  void csv(Context ctx) {
    List<ReportNumbers> numbers = numbers(SearchParams.parse(ctx.queryParamMap()));
    ctx.status(200).contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"nianbao-stats.csv\"");
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(ctx.res().getOutputStream(), StandardCharsets.UTF_8))) {
      StatsCsv.write(numbers, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.attribute(
        "nianbao.written", Boolean.TRUE); // Responses.WRITTEN: error handlers leave it alone
  }

  private StatsPage build(Context ctx) {
    SearchRequest request = SearchParams.parse(ctx.queryParamMap());
    StatMeasures m =
        StatMeasures.parse(SearchParams.first(ctx.queryParamMap(), MEASURE).orElse(null));
    return StatsPages.build(request, m, numbers(request));
  }

  private List<ReportNumbers> numbers(SearchRequest request) {
    try {
      return search.numbers(request);
    } catch (QueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }
}
