package org.nianbao.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/**
 * Every report matching a search as CSV: UTF-8 with a byte order mark (so spreadsheet programs read
 * the Chinese), RFC 4180 quoting, one row per report, written as the reports come.
 */
public final class CsvExport {
  private CsvExport() {}

  /** Writes the CSV of {@code request} to {@code out} (not closed); returns the number of rows. */
  public static long write(
      SearchService search, SearchRequest request, String base, OutputStream out)
      throws QueryException, IOException {
    return write(
        search, request, base, new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16));
  }

  /** The same to a character stream (flushed, not closed). */
  public static long write(SearchService search, SearchRequest request, String base, Writer w)
      throws QueryException, IOException {
    w.write('\uFEFF');
    line(w, ExportRows.HEADER);
    long n;
    try {
      n =
          search.forEachMatch(
              request,
              hit -> {
                try {
                  line(w, ExportRows.row(hit, base));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
    return n;
  }

  static void line(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  /**
   * A cell, quoted when it holds a comma, quote or line break; a leading {@code = + - @} gets a
   * {@code '} so spreadsheet programs do not run it as a formula.
   */
  static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
