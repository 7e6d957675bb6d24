package org.nianbao.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;

/**
 * Every report matching a search as an XLSX workbook, with POI's streaming {@link SXSSFWorkbook}:
 * only {@link #WINDOW} rows are held in memory, the rest go to a temporary file until written.
 */
public final class XlsxExport {
  static final int WINDOW = 200;

  /** A sheet holds at most 1,048,576 rows; the header takes one. */
  static final int MAX_ROWS = 1_048_575;

  private XlsxExport() {}

  public static long write(
      SearchService search, SearchRequest request, String base, OutputStream out)
      throws QueryException, IOException {
    SXSSFWorkbook book = new SXSSFWorkbook(WINDOW);
    book.setCompressTempFiles(true);
    try {
      Sheet sheet = book.createSheet("搜索结果");
      fill(sheet.createRow(0), ExportRows.HEADER, false);
      long[] n = {0};
      search.forEachMatch(
          request,
          hit -> {
            if (n[0] < MAX_ROWS) {
              fill(sheet.createRow((int) ++n[0]), ExportRows.row(hit, base), true);
            }
          });
      book.write(out);
      return n[0];
    } finally {
      book.dispose();
      book.close();
    }
  }

  private static void fill(Row row, List<String> cells, boolean data) {
    for (int i = 0; i < cells.size(); i++) {
      String v = cells.get(i);
      if (data && i == 6 && !v.isEmpty()) {
        row.createCell(i).setCellValue(Integer.parseInt(v)); // the year as a number
      } else {
        row.createCell(i).setCellValue(v.length() > 32_767 ? v.substring(0, 32_767) : v);
      }
    }
  }
}
