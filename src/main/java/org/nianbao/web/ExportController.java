package org.nianbao.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/**
 * {@code /search.csv} and {@code /search.xlsx}: every report matching the current search and
 * filters (the page and page size are ignored), streamed as it is read.
 */
final class ExportController {
  static final String CSV = "text/csv; charset=utf-8";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final SearchService search;

  ExportController(SearchService search) {
    this.search = search;
  }

  void csv(Context ctx) throws IOException {
    export(ctx, CSV, "csv", (request, base, out) -> CsvExport.write(search, request, base, out));
  }

  void xlsx(Context ctx) throws IOException {
    export(ctx, XLSX, "xlsx", (request, base, out) -> XlsxExport.write(search, request, base, out));
  }

  private interface Writer {
    long write(SearchRequest request, String base, OutputStream out)
        throws QueryException, IOException;
  }

  private void export(Context ctx, String type, String extension, Writer writer)
      throws IOException {
    SearchRequest request = SearchParams.parse(ctx.queryParamMap());
    try {
      search.parse(request.query()); // a bad query is a 400 before anything is written
      ctx.status(200);
      if (type.contains("charset")) {
        ctx.contentType(type);
      } else {
        ctx.res().setCharacterEncoding(null); // binary: no charset
        ctx.res().setContentType(type);
      }
      ctx.header(
          "Content-Disposition", "attachment; filename=\"nianbao-search." + extension + "\"");
      ctx.header("Cache-Control", "no-store");
      OutputStream out = ctx.res().getOutputStream();
      writer.write(request, ctx.scheme() + "://" + ctx.host(), out);
      out.flush();
    } catch (QueryException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
  }
}
