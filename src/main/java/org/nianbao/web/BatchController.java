package org.nianbao.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;
import org.nianbao.search.SortOrder;

/**
 * Batch search: {@code /batch} (a form; POST shows the table), {@code /api/batch} (JSON) and {@code
 * /batch.csv}: up to {@link #MAX_TERMS} terms, one per line, each with its number of matching
 * reports overall and per year.
 */
final class BatchController {
  static final int MAX_TERMS = 500;
  static final String TERMS = "terms";

  private final SearchService search;
  private final Responses responses;

  BatchController(SearchService search, Responses responses) {
    this.search = search;
    this.responses = responses;
  }

  /** One term's counts; {@code error} is set when the term is not a valid query. */
  record Counts(String term, long total, Map<Integer, Long> byYear, String error) {}

  void page(Context ctx) {
    String text = text(ctx);
    if (text.isBlank()) {
      responses.html(ctx, 200, "batch.jte", new BatchPage("", null, List.of(), List.of()));
      return;
    }
    List<String> terms;
    try {
      terms = terms(text);
    } catch (HttpProblem e) {
      responses.html(
          ctx, 400, "batch.jte", new BatchPage(text, e.getMessage(), List.of(), List.of()));
      return;
    }
    List<Counts> counts = count(terms);
    List<Integer> years = years(counts);
    List<BatchPage.Row> rows = new ArrayList<>();
    for (Counts c : counts) {
      String base = "/search?q=" + Links.encode(c.term());
      List<BatchPage.Cell> cells = new ArrayList<>();
      for (int y : years) {
        long n = c.byYear().getOrDefault(y, 0L);
        cells.add(new BatchPage.Cell(n, n == 0 ? null : base + "&year=" + y));
      }
      rows.add(
          new BatchPage.Row(
              c.term(),
              new BatchPage.Cell(c.total(), c.total() == 0 ? null : base),
              cells,
              c.error()));
    }
    responses.html(ctx, 200, "batch.jte", new BatchPage(text, null, years, rows));
  }

  void api(Context ctx) {
    List<Counts> counts = count(terms(text(ctx)));
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("years", years(counts));
    body.put(
        "results",
        counts.stream()
            .map(
                c -> {
                  Map<String, Object> m = new java.util.LinkedHashMap<>();
                  m.put("term", c.term());
                  m.put("total", c.total());
                  Map<String, Long> byYear = new java.util.LinkedHashMap<>();
                  c.byYear().forEach((y, n) -> byYear.put(y.toString(), n));
                  m.put("byYear", byYear);
                  m.put("error", c.error());
                  return m;
                })
            .toList());
    Responses.json(ctx, 200, body);
  }

  void csv(Context ctx) throws IOException {
    List<Counts> counts = count(terms(text(ctx)));
    List<Integer> years = years(counts);
    StringWriter w = new StringWriter();
    w.write('\uFEFF');
    List<String> header = new ArrayList<>(List.of("检索词", "匹配报告数"));
    years.forEach(y -> header.add(y + "年"));
    CsvExport.line(w, header);
    for (Counts c : counts) {
      List<String> row =
          new ArrayList<>(
              List.of(c.term(), c.error() == null ? Long.toString(c.total()) : c.error()));
      years.forEach(y -> row.add(Long.toString(c.byYear().getOrDefault(y, 0L))));
      CsvExport.line(w, row);
    }
    ctx.status(200);
    ctx.contentType(ExportController.CSV);
    ctx.header("Content-Disposition", "attachment; filename=\"nianbao-batch.csv\"");
    ctx.result(w.toString());
  }

  /** The terms text from the form or the query string. */
  private static String text(Context ctx) {
    String form = ctx.formParam(TERMS);
    String text = form != null ? form : ctx.queryParam(TERMS);
    return text == null ? "" : text;
  }

  /** The distinct non-blank lines of {@code text}; more than {@link #MAX_TERMS} is a 400. */
  static List<String> terms(String text) {
    LinkedHashSet<String> terms = new LinkedHashSet<>();
    for (String line : text.replace("\uFEFF", "").split("\\R")) {
      if (!line.isBlank()) {
        terms.add(line.strip());
      }
    }
    if (terms.isEmpty()) {
      throw HttpProblem.badRequest("请输入检索词，每行一个");
    }
    if (terms.size() > MAX_TERMS) {
      throw HttpProblem.badRequest("检索词太多：最多 " + MAX_TERMS + " 个（收到 " + terms.size() + " 个）");
    }
    return List.copyOf(terms);
  }

  private List<Counts> count(List<String> terms) {
    List<Counts> out = new ArrayList<>();
    for (String term : terms) {
      try {
        SearchResults r =
            search.search(
                new SearchRequest(
                    term, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 1));
        Map<Integer, Long> byYear = new TreeMap<>();
        for (FacetValue v : r.facets().getOrDefault(Facet.YEAR, List.of())) {
          if (v.count() > 0) {
            byYear.put(Integer.valueOf(v.value()), v.count());
          }
        }
        out.add(new Counts(term, r.total(), byYear, null));
      } catch (QueryException | NumberFormatException e) {
        out.add(new Counts(term, 0, Map.of(), e.getMessage()));
      }
    }
    return out;
  }

  private static List<Integer> years(List<Counts> counts) {
    TreeSet<Integer> years = new TreeSet<>();
    counts.forEach(c -> years.addAll(c.byYear().keySet()));
    return List.copyOf(years);
  }
}
