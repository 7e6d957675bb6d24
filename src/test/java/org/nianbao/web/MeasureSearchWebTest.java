package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.lucene.LuceneSearchService;

/**
 * Filtering and sorting search results by a measure over HTTP ({@code measure}, {@code min}, {@code
 * max}, {@code sort=measure}, {@code order}), on a real index of four reports: 本年新收 12, 9, 3 and
 * one without tables.
 */
class MeasureSearchWebTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void build() throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(dir)) {
      for (Report r :
          List.of(
              report("甲县教育局", "甲县", 2021, 12),
              report("乙县民政局", "乙县", 2022, 9),
              report("丙县财政局", "丙县", 2022, 3),
              report("丁县水利局", "丁县", 2023, null))) {
        indexer.add(r, "/keys/" + r.source(), "fp");
      }
      indexer.commit();
    }
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  /** A report stating 本年新收 {@code n} in table 三 (all granted), or no table when null. */
  static Report report(String agency, String county, int year, Integer n) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(0, "概述", "", "本报告由" + agency + "编制。", List.of()));
    sections.add(new Section(1, null, "总体情况", "通过微信公众号发布信息。", List.of()));
    sections.add(new Section(3, null, "收到和处理政府信息公开申请情况", n == null ? "无。" : table(n), List.of()));
    return new Report(
        "/data/" + agency + ".txt",
        year + "-" + agency,
        agency + year + "年政府信息公开工作年度报告",
        agency,
        org.nianbao.geo.Place.ofCounty(county),
        year,
        sections,
        List.of());
  }

  static String table(int n) {
    List<String> rows = new ArrayList<>();
    rows.add("申请人情况");
    rows.add("自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计");
    rows.add("一、本年新收政府信息公开申请数量 " + n + " 0 0 0 0 0 " + n);
    rows.add("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0");
    rows.add("（一）予以公开 " + n + " 0 0 0 0 0 " + n);
    for (String label :
        List.of(
            "（二）部分公开",
            "（三）不予公开 1.属于国家秘密",
            "2.其他法律行政法规禁止公开",
            "3.危及“三安全一稳定”",
            "4.保护第三方合法权益",
            "5.属于三类内部事务信息",
            "6.属于四类过程性信息",
            "7.属于行政执法案卷",
            "8.属于行政查询事项",
            "（四）无法提供 1.本机关不掌握相关政府信息",
            "2.没有现成信息需要另行制作",
            "3.补正后申请内容仍不明确",
            "（五）不予处理 1.信访举报投诉类申请",
            "2.重复申请",
            "3.要求提供公开出版物",
            "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息",
            "（六）其他处理")) {
      rows.add(label + " 0 0 0 0 0 0 0");
    }
    rows.add("（七）总计 " + n + " 0 0 0 0 0 " + n);
    rows.add("四、结转下年度继续办理 0 0 0 0 0 0 0");
    return String.join("\n", rows);
  }

  interface Body {
    void run(HttpClient client) throws Exception;
  }

  static void withApp(Body body) {
    JavalinTest.test(
        WebApp.create(service, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> body.run(client));
  }

  @Test
  void api_filters_and_sorts_by_a_measure_with_each_value() {
    withApp(
        client -> {
          var res = client.get("/api/search?measure=new_requests&min=5");
          WebTesting.assertJson(res, 200);
          String body = res.body().string();
          assertThat(body).contains("\"total\":2,");
          assertThat(body)
              .contains("\"measure\":{\"key\":\"new_requests\",\"value\":9}")
              .contains("\"measure\":{\"key\":\"new_requests\",\"value\":12}");
          String sorted =
              client.get("/api/search?measure=new_requests&sort=measure").body().string();
          assertThat(ids(sorted))
              .containsExactly("2021-甲县教育局", "2022-乙县民政局", "2022-丙县财政局", "2023-丁县水利局");
          assertThat(sorted).contains("\"measure\":{\"key\":\"new_requests\",\"value\":null}");
          String asc = client.get("/api/search?measure=new_requests&order=asc").body().string();
          assertThat(ids(asc))
              .containsExactly("2022-丙县财政局", "2022-乙县民政局", "2021-甲县教育局", "2023-丁县水利局");
          String range =
              client
                  .get("/api/search?q=" + enc("微信公众号") + "&measure=new_requests&min=4&max=10")
                  .body()
                  .string();
          assertThat(ids(range)).containsExactly("2022-乙县民政局");
          assertThat(range).contains("\"county\":[{\"value\":\"乙县\",\"count\":1,");
          // without a measure the results carry no measure field
          assertThat(client.get("/api/search").body().string()).doesNotContain("\"measure\"");
        });
  }

  @Test
  void bad_measures_and_numbers_are_one_line_400s() {
    withApp(
        client -> {
          for (String[] c :
              new String[][] {
                {"measure=nope&min=1", "参数 measure 不是已知的统计项：nope"},
                {"measure=nope", "参数 measure 不是已知的统计项：nope"},
                {"measure=new_requests&min=abc", "参数 min 必须是整数：abc"},
                {"measure=new_requests&max=1.5", "参数 max 必须是整数：1.5"},
                {"measure=new_requests&min=5&max=2", "参数 min（5）不能大于 max（2）"},
                {"min=3", "按数据筛选或排序需要参数 measure（统计项，如 new_requests）"},
                {"sort=measure", "按数据筛选或排序需要参数 measure（统计项，如 new_requests）"},
                {"measure=new_requests&order=up", "参数 order 只能是 desc（从多到少）或 asc（从少到多）"},
                {"measure=review_correction_rate&min=1", "统计项 review_correction_rate 不能用于筛选或排序"},
              }) {
            var api = client.get("/api/search?" + c[0]);
            WebTesting.assertJson(api, 400);
            assertThat(api.body().string()).as(c[0]).contains(c[1]);
            var html = client.get("/search?" + c[0]);
            WebTesting.assertHtml(html, 400);
            assertThat(html.body().string()).as(c[0]).contains(c[1]);
          }
        });
  }

  @Test
  void the_site_has_the_form_the_chip_the_values_and_the_sort_links() {
    withApp(
        client -> {
          String page = client.get("/search?measure=new_requests&min=5").body().string();
          assertThat(page).contains("找到 2 份报告");
          assertThat(page).contains("<summary>按数据筛选</summary>");
          assertThat(page).contains("<option value=\"new_requests\" selected>本年新收</option>");
          assertThat(page).contains("name=\"min\" value=\"5\"");
          assertThat(page).contains("数据：本年新收 ≥ 5");
          assertThat(page).contains("<p class=\"hit-measure\">本年新收：12</p>");
          assertThat(page).contains("<p class=\"hit-measure\">本年新收：9</p>");
          assertThat(page)
              .contains(
                  "href=\"/search?measure=new_requests&amp;min=5&amp;sort=measure\">本年新收最多</a>");
          // the plain page: the form is there (closed), no values on hits
          String plain = client.get("/search").body().string();
          assertThat(plain).contains("<summary>按数据筛选</summary>").doesNotContain("hit-measure");
          // exports and the 数据 page follow the filter
          String csv = client.get("/search.csv?measure=new_requests&min=5").body().string();
          assertThat(csv.lines().count()).isEqualTo(3); // header + 2 reports
          String stats = client.get("/api/stats?measure=new_requests&min=5").body().string();
          assertThat(stats).contains("\"reports\":2,");
        });
  }

  static List<String> ids(String json) {
    List<String> out = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\"").matcher(json);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
