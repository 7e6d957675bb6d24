package org.nianbao.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.read.OriginalFiles;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/**
 * {@code /reports/{id}}: one whole report, highlighted when {@code ?q=} is given; {@code
 * /reports/{id}/original}: its original file, when still at the indexed path and unchanged.
 */
final class ReportController {
  static final String NOT_FOUND = "没有找到这份报告，它可能已被移除，或链接有误。";
  static final String ORIGINAL_GONE = "原文件已不在索引时的位置，或已被修改，无法提供。";

  private final SearchService search;
  private final Responses responses;

  ReportController(SearchService search, Responses responses) {
    this.search = search;
    this.responses = responses;
  }

  void report(Context ctx) {
    String id = ctx.pathParam("id");
    MarkedReport marked = find(search, id, query(ctx));
    String path = search.originalPath(marked.report().id()).orElse(marked.report().source());
    responses.html(
        ctx,
        200,
        "report.jte",
        ReportPages.build(
            marked, query(ctx), back(ctx.queryParamMap()), otherYears(marked.report()), path));
  }

  /**
   * The original file of the report. Only the path stored in the index is ever read, and only when
   * the file's SHA-256 still equals the indexed one.
   */
  void original(Context ctx) {
    Report r = find(search, ctx.pathParam("id"), "").report();
    OriginalFiles.Original original =
        OriginalFiles.open(search.originalPath(r.id()).orElse(r.source()), r.contentHash())
            .orElseThrow(() -> HttpProblem.notFound(ORIGINAL_GONE));
    String ascii = original.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    String encoded =
        URLEncoder.encode(original.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    ctx.header(
        "Content-Disposition",
        (original.inline() ? "inline" : "attachment")
            + "; filename=\""
            + ascii
            + "\"; filename*=UTF-8''"
            + encoded);
    if (!original.inline()) {
      ctx.header("Content-Security-Policy", Responses.CSP + "; sandbox");
    }
    ctx.res().setCharacterEncoding(null); // Javalin's default UTF-8 must not label a PDF
    ctx.status(200).contentType(original.contentType()).result(original.bytes());
  }

  /**
   * {@code /compare?a=ID&b=ID}: two reports' numbers side by side, cross-year checks, carried-over
   * sentences.
   */
  void compare(Context ctx) {
    String a =
        SearchParams.first(ctx.queryParamMap(), "a")
            .orElseThrow(() -> HttpProblem.badRequest("缺少参数 a（报告 ID）"));
    String b =
        SearchParams.first(ctx.queryParamMap(), "b")
            .orElseThrow(() -> HttpProblem.badRequest("缺少参数 b（报告 ID）"));
    responses.html(
        ctx,
        200,
        "compare.jte",
        ComparePages.build(find(search, a, "").report(), find(search, b, "").report()));
  }

  /** The same agency's reports of other years, oldest first (none when the service cannot tell). */
  private List<ReportPage.OtherYear> otherYears(Report r) {
    if (r.agency() == null) {
      return List.of();
    }
    SearchRequest sameAgency =
        new SearchRequest(
            "",
            List.of(),
            List.of(r.agency()),
            List.of(),
            List.of(),
            org.nianbao.search.SortOrder.RELEVANCE,
            1,
            SearchRequest.DEFAULT_SIZE);
    try {
      return search.numbers(sameAgency).stream()
          .filter(n -> !n.id().equals(r.id()) && n.year() != null)
          .sorted(java.util.Comparator.comparing(org.nianbao.search.ReportNumbers::year))
          .map(
              n ->
                  new ReportPage.OtherYear(
                      n.year(),
                      Links.reportPath(n.id()),
                      "/compare?a=" + Links.encode(n.id()) + "&b=" + Links.encode(r.id())))
          .toList();
    } catch (org.nianbao.search.QueryException | UnsupportedOperationException e) {
      return List.of();
    }
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
