package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.search.lucene.TestReports.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;
import org.nianbao.web.CsvExport;
import org.nianbao.web.ExportRows;
import org.nianbao.web.XlsxExport;

/** Exports hold exactly the search's full result set, in its order, over several batches. */
class ExportTest {
  static final int REPORTS = 650;
  @org.junit.jupiter.api.io.TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void build() throws Exception {
    Report[] reports = new Report[REPORTS];
    for (int i = 0; i < REPORTS; i++) {
      String text = (i % 3 == 0 ? "通过微信公众号发布信息。" : "本年度工作平稳，") + "微信".repeat(i % 4) + "其他，事项\"" + i;
      reports[i] = report("机关" + i, "县" + (i % 37), 2015 + i % 10, text, i % 5 == 0 ? "行政复议" : "无");
    }
    TestReports.index(dir, reports);
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  /** The ids of every page of {@code request}, paging with size 100 until the total is reached. */
  static List<String> paged(SearchRequest r) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int page = 1; ; page++) {
      SearchResults res =
          service.search(
              new SearchRequest(
                  r.query(),
                  r.counties(),
                  r.agencies(),
                  r.years(),
                  r.sections(),
                  r.sort(),
                  page,
                  100));
      res.results().forEach(h -> ids.add(h.id()));
      if (ids.size() >= res.total() || res.results().isEmpty()) {
        assertThat((long) ids.size()).isEqualTo(res.total());
        return ids;
      }
    }
  }

  static List<SearchRequest> requests() {
    return List.of(
        SearchRequest.of("微信"),
        new SearchRequest(
            "微信", List.of(), List.of(), List.of(), List.of(), SortOrder.NEWEST, 1, 10),
        new SearchRequest(
            "微信 OR 复议", List.of(), List.of(), List.of(), List.of(), SortOrder.OLDEST, 1, 10),
        new SearchRequest(
            "",
            List.of("县3", "县5"),
            List.of(),
            List.of(2016, 2018, 2022),
            List.of(),
            SortOrder.RELEVANCE,
            3,
            10),
        SearchRequest.of("不存在的词语"));
  }

  @Test
  void walk_visits_every_match_in_page_order() throws Exception {
    for (SearchRequest r : requests()) {
      List<String> walked = new ArrayList<>();
      long n = service.forEachMatch(r, h -> walked.add(h.id()));
      assertThat(walked).as(r.toString()).isEqualTo(paged(r));
      assertThat(n).isEqualTo(walked.size());
    }
    List<String> all = new ArrayList<>();
    service.forEachMatch(SearchRequest.of("微信"), h -> all.add(h.id()));
    assertThat(all).hasSize(542); // 650 less the 108 with i % 3 != 0 and i % 4 == 0
  }

  @Test
  void csv_equals_the_full_result_set() throws Exception {
    for (SearchRequest r : requests()) {
      StringWriter out = new StringWriter();
      long n = CsvExport.write(service, r, "https://example.org", out);
      String csv = out.toString();
      assertThat(csv).startsWith("\uFEFF编号,标题,发布机关,省份,地市,区县,年度,匹配章节,首个摘要,报告链接\r\n");
      List<String> lines = List.of(csv.substring(1).split("\r\n"));
      List<String> ids =
          lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
      assertThat(ids).as(r.toString()).isEqualTo(paged(r));
      assertThat(n).isEqualTo(ids.size());
    }
    List<ReportHit> one = new ArrayList<>();
    service.forEachMatch(
        new SearchRequest(
            "微信公众号", List.of(), List.of("机关3"), List.of(), List.of(), SortOrder.RELEVANCE, 1, 10),
        one::add);
    assertThat(one).hasSize(1);
    String snippet = one.getFirst().sections().getFirst().snippets().getFirst().text();
    assertThat(snippet).contains("微信公众号");
    assertThat(ExportRows.row(one.getFirst(), "https://example.org"))
        .containsExactly(
            "2018-机关3",
            "机关32018年政府信息公开工作年度报告",
            "机关3",
            "",
            "",
            "县3",
            "2018",
            "一、第1部分",
            snippet,
            "https://example.org/reports/2018-%E6%9C%BA%E5%85%B33");
    StringWriter out = new StringWriter();
    CsvExport.write(
        service,
        new SearchRequest(
            "微信公众号", List.of(), List.of("机关3"), List.of(), List.of(), SortOrder.RELEVANCE, 1, 10),
        "",
        out);
    assertThat(out.toString())
        .endsWith(
            "\r\n2018-机关3,机关32018年政府信息公开工作年度报告,机关3,,,县3,2018,一、第1部分,"
                + (snippet.contains(",") || snippet.contains("\"")
                    ? "\"" + snippet.replace("\"", "\"\"") + "\""
                    : snippet)
                + ",/reports/2018-%E6%9C%BA%E5%85%B33\r\n");
  }

  @Test
  void xlsx_holds_the_same_rows() throws Exception {
    SearchRequest r = SearchRequest.of("微信");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long n = XlsxExport.write(service, r, "", bytes);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
      List<String> ids = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          ids.add(row.getCell(0).getStringCellValue());
        }
      }
      assertThat(ids).isEqualTo(paged(r));
      assertThat(n).isEqualTo(542);
      assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isBetween(2015.0, 2024.0);
    }
  }

  @Test
  void the_site_clamps_pages_offers_page_sizes_and_exports_what_it_shows() {
    io.javalin.testtools.JavalinTest.test(
        org.nianbao.web.WebApp.create(
            service, new org.nianbao.web.WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          server.jettyServer().server().setStopTimeout(0); // no grace period in tests
          String q = java.net.URLEncoder.encode("微信", java.nio.charset.StandardCharsets.UTF_8);
          String past = client.get("/search?q=" + q + "&page=200").body().string();
          assertThat(past)
              .contains("第 55 / 55 页") // 542 reports, 10 a page
              .contains("结果只有 55 页，第 200 页超出了范围，已显示最后一页")
              .doesNotContain("第 200 / ");
          String fifty = client.get("/search?q=" + q + "&size=50").body().string();
          assertThat(fifty)
              .contains("第 1 / 11 页")
              .contains(
                  "<a href=\"/search?q="
                      + q
                      + "&amp;size=50\" aria-current=\"true\" aria-label=\"每页 50 份\">50</a>")
              .contains("<a href=\"/search?q=" + q + "\" aria-label=\"每页 10 份\">10</a>")
              .contains("<a href=\"/api/search?q=" + q + "&amp;size=50\">JSON 接口</a>")
              .contains("<a href=\"/search.csv?q=" + q + "&amp;size=50\" download>CSV</a>");
          String csv = client.get("/search.csv?q=" + q + "&size=50").body().string();
          assertThat(csv.split("\r\n")).hasSize(1 + 542);
        });
  }
}
