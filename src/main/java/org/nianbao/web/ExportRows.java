package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SectionHit;
import org.nianbao.search.Snippet;

/**
 * One export row per matching report: the same columns in CSV ({@code /search.csv}, {@code search
 * --csv}) and XLSX ({@code /search.xlsx}).
 */
public final class ExportRows {
  /** The column headings. */
  public static final List<String> HEADER =
      List.of("编号", "标题", "发布机关", "省份", "地市", "区县", "年度", "匹配章节", "首个摘要", "报告链接");

  private ExportRows() {}

  /**
   * The cells of {@code hit}; {@code base} is put before the report path ({@code https://host} or
   * empty for a relative link).
   */
  public static List<String> row(ReportHit hit, String base) {
    List<String> sections = new ArrayList<>();
    String snippet = "";
    for (SectionHit s : hit.sections()) {
      sections.add(SectionNames.label(s.number(), s.title()));
      if (snippet.isEmpty() && !s.snippets().isEmpty()) {
        Snippet first = s.snippets().getFirst();
        snippet = first.text();
      }
    }
    return List.of(
        hit.id(),
        nz(hit.title()),
        nz(hit.agency()),
        "", // province: not in the search results yet (geography facets)
        "", // city: likewise
        nz(hit.county()),
        hit.year() == null ? "" : hit.year().toString(),
        String.join("；", sections),
        snippet,
        base + Links.reportPath(hit.id()));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
