package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.search.IndexStats;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;

/** {@code /stats}, {@code /api/stats} and {@code /stats.csv} over HTTP, against canned numbers. */
class StatsPageTest {
  static final List<ReportNumbers> NUMBERS =
      List.of(
          new ReportNumbers(
              "2021-甲县教育局",
              "甲县教育局2021年报告",
              "甲县教育局",
              "甲县",
              2021,
              Map.of("new_requests", 9, "review_total", 3, "review_corrected", 1),
              false),
          new ReportNumbers(
              "2022-甲县教育局",
              "甲县教育局2022年报告",
              "甲县教育局",
              "甲县",
              2022,
              Map.of("new_requests", 12, "review_total", 1, "review_corrected", 0),
              false),
          new ReportNumbers(
              "2022-乙区民政局",
              "=乙区民政局, \"2022\"",
              "乙区民政局",
              "乙区",
              2022,
              Map.of("new_requests", 5),
              true),
          new ReportNumbers("2020-乙区财政局", "乙区财政局2020年报告", "乙区财政局", "乙区", 2020, Map.of(), true));

  static class Numbers implements SearchService {
    final List<SearchRequest> requests = new ArrayList<>();

    @Override
    public SearchResults search(SearchRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ReportNumbers> numbers(SearchRequest request) throws QueryException {
      if (request.query().equals("((")) {
        throw new QueryException("查询语法有误：括号不成对");
      }
      requests.add(request);
      return NUMBERS.stream()
          .filter(n -> request.agencies().isEmpty() || request.agencies().contains(n.agency()))
          .toList();
    }

    @Override
    public Optional<MarkedReport> report(String id, String query) {
      return id.equals(StatTablePageTest.ID)
          ? Optional.of(new MarkedReport(StatTablePageTest.report(), Map.of()))
          : Optional.empty();
    }

    @Override
    public IndexStats stats() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }

  private final Numbers search = new Numbers();

  private void withApp(WebTesting.Body body) {
    JavalinTest.test(
        WebApp.create(search, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          body.run(client);
        });
  }

  @Test
  void stats_page_totals_by_year_county_agency_ranks_and_charts() {
    withApp(
        client -> {
          Response res =
              client.get("/stats?q=" + enc("公开") + "&county=" + enc("甲县") + "&county=" + enc("乙区"));
          assertThat(res.code()).isEqualTo(200);
          String body = res.body().string();
          String drill =
              "/stats?q="
                  + enc("公开")
                  + "&amp;county="
                  + enc("甲县")
                  + "&amp;county="
                  + enc("乙区")
                  + "&amp;measure=new_requests&amp;year=";
          assertThat(body)
              .contains("<h1>数据：本年新收</h1>")
              .contains(
                  "匹配 <strong>4</strong> 份报告，其中 <strong>3</strong> 份有「本年新收」数据，合计 <strong>26</strong>；<strong>2</strong> 份报告的统计表格无法完整读取。")
              .contains("<option value=\"new_requests\" selected>本年新收</option>")
              .contains("<option value=\"review_correction_rate\">行政复议纠正率</option>")
              .contains("<input type=\"hidden\" name=\"q\" value=\"公开\">")
              .contains("<input type=\"hidden\" name=\"county\" value=\"甲县\">")
              // by year (in year order), by county and by agency (largest first)
              .containsSubsequence(
                  "<caption id=\"by-year-c\">本年新收 按年度</caption>",
                  "<tr><th scope=\"row\"><a href=\""
                      + drill
                      + "2021\">2021</a></th><td class=\"num\">9</td><td class=\"num\">1</td></tr>",
                  "<tr><th scope=\"row\"><a href=\""
                      + drill
                      + "2022\">2022</a></th><td class=\"num\">17</td><td class=\"num\">2</td></tr>")
              // selected counties are not links; the others drill down
              .contains("<caption id=\"by-province-c\">本年新收 按省份</caption>")
              .containsSubsequence(
                  "<caption id=\"by-county-c\">本年新收 按区县</caption>",
                  "<tr><th scope=\"row\">甲县</th><td class=\"num\">21</td><td class=\"num\">2</td></tr>",
                  "<tr><th scope=\"row\">乙区</th><td class=\"num\">5</td><td class=\"num\">1</td></tr>")
              .contains("<caption id=\"by-agency-c\">本年新收 按发布机关</caption>")
              // ranking
              .containsSubsequence(
                  "<caption id=\"ranking-c\">本年新收 排名（前 3 份报告）</caption>",
                  "<td class=\"num\">1</td><th scope=\"row\"><a href=\"/reports/2022-"
                      + enc("甲县教育局")
                      + "\">甲县教育局2022年报告</a></th>",
                  "<td class=\"num\">12</td>",
                  "<td class=\"num\">3</td><th scope=\"row\"><a href=\"/reports/2022-"
                      + enc("乙区民政局")
                      + "\">=乙区民政局, \"2022\"</a></th>")
              // the chart: two years, the larger one full height (240 - 28 - 24 = 188)
              .contains("<title id=\"chart-t\">本年新收 按年度</title>")
              .contains("<title>2021年：9</title>")
              .contains(
                  "<rect x=\"64\" y=\"112\" width=\"192\" height=\"100\" fill=\"#2f6f9f\"/>") // 188
              // * 9
              // /
              // 17
              .contains("<rect x=\"384\" y=\"24\" width=\"192\" height=\"188\" fill=\"#2f6f9f\"/>")
              .contains(
                  "<a href=\"/stats.csv?q="
                      + enc("公开")
                      + "&amp;county="
                      + enc("甲县")
                      + "&amp;county="
                      + enc("乙区")
                      + "\">")
              .doesNotContain("<script>alert");
          assertThat(search.requests)
              .containsExactly(
                  new SearchRequest(
                      "公开",
                      List.of("甲县", "乙区"),
                      List.of(),
                      List.of(),
                      List.of(),
                      org.nianbao.search.SortOrder.RELEVANCE,
                      1,
                      SearchRequest.DEFAULT_SIZE));
        });
  }

  @Test
  void a_rate_is_the_sum_of_corrections_over_the_sum_of_cases() {
    withApp(
        client -> {
          String body = client.get("/api/stats?measure=review_correction_rate").body().string();
          assertThat(body)
              .isEqualTo(
                  "{\"measure\":{\"key\":\"review_correction_rate\",\"label\":\"行政复议纠正率\"},\"reports\":4,\"with_value\":2,"
                      + "\"unreadable\":2,\"total\":\"25.0%\","
                      + "\"by_year\":[{\"label\":\"2021\",\"value\":\"33.3%\",\"reports\":1},{\"label\":\"2022\",\"value\":\"0.0%\",\"reports\":1}],"
                      + "\"by_province\":[],\"by_city\":[],"
                      + "\"by_county\":[{\"label\":\"甲县\",\"value\":\"25.0%\",\"reports\":2}],"
                      + "\"by_agency\":[{\"label\":\"甲县教育局\",\"value\":\"25.0%\",\"reports\":2}],"
                      + "\"ranking\":[{\"rank\":1,\"url\":\"/reports/2021-"
                      + enc("甲县教育局")
                      + "\",\"title\":\"甲县教育局2021年报告\",\"agency\":\"甲县教育局\",\"year\":2021,\"value\":\"33.3%\"},"
                      + "{\"rank\":2,\"url\":\"/reports/2022-"
                      + enc("甲县教育局")
                      + "\",\"title\":\"甲县教育局2022年报告\",\"agency\":\"甲县教育局\",\"year\":2022,\"value\":\"0.0%\"}]}");
        });
  }

  @Test
  void totals_by_province_and_city_drill_down() {
    List<ReportNumbers> numbers =
        List.of(
            new ReportNumbers(
                "a", "A", "金乡县教育局", "金乡县", 2021, Map.of("new_requests", 4), false, "山东省", "济宁市"),
            new ReportNumbers(
                "b", "B", "济宁市民政局", null, 2021, Map.of("new_requests", 6), false, "山东省", "济宁市"),
            new ReportNumbers(
                "c", "C", "泗阳县交通运输局", "泗阳县", 2022, Map.of("new_requests", 3), false, "江苏省", "宿迁市"),
            new ReportNumbers("d", "D", "某局", null, 2022, Map.of("new_requests", 1), false));
    SearchRequest request = SearchRequest.of("").withPlaces(List.of("山东省"), List.of());
    StatsPage page = StatsPages.build(request, StatMeasures.parse("new_requests"), numbers);
    StatsPage.GroupTable provinces = page.groups().get(1);
    assertThat(provinces.caption()).isEqualTo("本年新收 按省份");
    assertThat(provinces.rows())
        .containsExactly(
            new StatsPage.GroupRow("山东省", "10", 2, null), // selected: no link
            new StatsPage.GroupRow(
                "江苏省",
                "3",
                1,
                "/stats?province=" + enc("山东省") + "&measure=new_requests&province=" + enc("江苏省")));
    StatsPage.GroupTable cities = page.groups().get(2);
    assertThat(cities.caption()).isEqualTo("本年新收 按地市");
    assertThat(cities.rows())
        .extracting(StatsPage.GroupRow::label, StatsPage.GroupRow::value, StatsPage.GroupRow::url)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "济宁市",
                "10",
                "/stats?province=" + enc("山东省") + "&measure=new_requests&city=" + enc("济宁市")),
            org.assertj.core.groups.Tuple.tuple(
                "宿迁市",
                "3",
                "/stats?province=" + enc("山东省") + "&measure=new_requests&city=" + enc("宿迁市")));
    assertThat(page.groups().get(3).rows())
        .extracting(StatsPage.GroupRow::label)
        .containsExactly("金乡县", "泗阳县");
  }

  @Test
  void csv_has_a_bom_one_line_per_report_and_no_formulas() {
    withApp(
        client -> {
          Response res = client.get("/stats.csv");
          assertThat(res.code()).isEqualTo(200);
          assertThat(WebTesting.header(res, "Content-Type")).isEqualTo("text/csv; charset=utf-8");
          String body = res.body().string();
          String[] lines = body.split("\r\n");
          assertThat(lines).hasSize(5);
          assertThat(lines[0])
              .startsWith("\uFEFF报告ID,标题,发布机关,省份,地市,区县,年度,表格无法读取,本年新收,上年结转,办理结果总计,结转下年度,行政复议,");
          assertThat(lines[0].split(",")).hasSize(8 + 21);
          assertThat(lines[1])
              .isEqualTo("2021-甲县教育局,甲县教育局2021年报告,甲县教育局,,,甲县,2021,否,9,,,,3,,,,,,,,,,,,,,1,,");
          assertThat(lines[3])
              .startsWith("2022-乙区民政局,\"'=乙区民政局, \"\"2022\"\"\",乙区民政局,,,乙区,2022,是,5,");
        });
  }

  @Test
  void report_page_links_the_same_agencys_other_years() {
    withApp(
        client -> {
          // 测试局 has no other report: no links
          assertThat(client.get(Links.reportPath(StatTablePageTest.ID)).body().string())
              .doesNotContain("其他年度");
        });
    List<ReportNumbers> others =
        List.of(
            new ReportNumbers("2023-测试局", "t", "测试局", null, 2023, Map.of(), false),
            new ReportNumbers(StatTablePageTest.ID, "t", "测试局", null, 2021, Map.of(), false),
            new ReportNumbers("2019-测试局", "t", "测试局", null, 2019, Map.of(), false));
    SearchService withOthers =
        new Numbers() {
          @Override
          public List<ReportNumbers> numbers(SearchRequest request) {
            requests.add(request);
            return others;
          }
        };
    JavalinTest.test(
        WebApp.create(withOthers, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          assertThat(client.get(Links.reportPath(StatTablePageTest.ID)).body().string())
              .contains(
                  "<div><dt>其他年度</dt><dd><a class=\"other-year\" href=\"/reports/2019-"
                      + enc("测试局")
                      + "\">2019年</a>（<a href=\"/compare?a=2019-"
                      + enc("测试局")
                      + "&amp;b="
                      + enc(StatTablePageTest.ID)
                      + "\">对比</a>） "
                      + "<a class=\"other-year\" href=\"/reports/2023-"
                      + enc("测试局")
                      + "\">2023年</a>（<a href=\"/compare?a=2023-"
                      + enc("测试局")
                      + "&amp;b="
                      + enc(StatTablePageTest.ID)
                      + "\">对比</a>） </dd></div>");
        });
  }

  @Test
  void bad_measure_and_bad_query_are_400() {
    withApp(
        client -> {
          Response bad = client.get("/stats?measure=nope");
          assertThat(bad.code()).isEqualTo(400);
          assertThat(bad.body().string()).contains("参数 measure 不是已知的统计项：nope");
          Response api = client.get("/api/stats?q=" + enc("(("));
          assertThat(api.code()).isEqualTo(400);
          assertThat(api.body().string()).isEqualTo("{\"error\":\"查询语法有误：括号不成对\"}");
        });
  }
}
