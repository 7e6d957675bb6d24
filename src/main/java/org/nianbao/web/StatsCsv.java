package org.nianbao.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.nianbao.search.ReportNumbers;
import org.nianbao.stats.Measure;

/**
 * The per-report numbers as CSV (RFC 4180, UTF-8 with a BOM so spreadsheet programs read the
 * Chinese): 报告ID, 标题, 发布机关, 区县, 年度, 表格无法读取, then one column per {@link Measure} (empty when not
 * read). Text starting with {@code = + - @} gets a leading apostrophe, so no cell runs as a
 * formula.
 */
public final class StatsCsv {
  private StatsCsv() {}

  public static void write(List<ReportNumbers> numbers, Writer w) throws IOException {
    w.write('\uFEFF');
    StringBuilder head = new StringBuilder("报告ID,标题,发布机关,省份,地市,区县,年度,表格无法读取");
    for (Measure m : Measure.values()) {
      head.append(',').append(cell(m.label()));
    }
    w.write(head.append("\r\n").toString());
    for (ReportNumbers n : numbers) {
      StringBuilder line = new StringBuilder();
      line.append(cell(n.id()))
          .append(',')
          .append(cell(n.title()))
          .append(',')
          .append(cell(n.agency()))
          .append(',')
          .append(cell(n.province()))
          .append(',')
          .append(cell(n.city()))
          .append(',')
          .append(cell(n.county()))
          .append(',')
          .append(n.year() == null ? "" : n.year())
          .append(',')
          .append(n.unreadable() ? "是" : "否");
      for (Measure m : Measure.values()) {
        Integer v = n.values().get(m.key());
        line.append(',').append(v == null ? "" : v.toString());
      }
      w.write(line.append("\r\n").toString());
    }
  }

  static String cell(String s) {
    if (s == null) {
      return "";
    }
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }
}
