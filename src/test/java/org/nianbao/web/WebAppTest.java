package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.FakeSearchService.BAD_QUERY;
import static org.nianbao.web.FakeSearchService.BOOM;
import static org.nianbao.web.FakeSearchService.ID;
import static org.nianbao.web.FakeSearchService.SCRIPT;
import static org.nianbao.web.WebTesting.assertHtml;
import static org.nianbao.web.WebTesting.assertJson;
import static org.nianbao.web.WebTesting.assertSecurityHeaders;
import static org.nianbao.web.WebTesting.enc;
import static org.nianbao.web.WebTesting.withApp;

import io.javalin.testtools.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.index.Json;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/** The site over HTTP, against a stand-in search service. */
class WebAppTest {
  private final FakeSearchService search = new FakeSearchService();

  @Test
  void home_shows_what_is_indexed_and_examples() {
    withApp(
        search,
        client -> {
          Response res = client.get("/");
          assertHtml(res, 200);
          String body = res.body().string();
          assertThat(body)
              .contains("<html lang=\"zh-CN\">")
              .contains("已收录 <strong>5</strong> 份报告、<strong>37</strong> 个章节")
              .contains("<strong>3</strong> 个区县、<strong>5</strong> 个发布机关")
              .contains("年度 <strong>2020–2024</strong>")
              .contains("href=\"/search?q=" + enc("微信公众号") + "\">微信公众号</a>")
              .contains("href=\"/search?q=" + enc("行政复议") + "\">行政复议</a>")
              .contains("href=\"/search?year=2022\"")
              .contains("<link rel=\"stylesheet\" href=\"/assets/site.css\">")
              .doesNotContain("style=")
              .doesNotContain("<script>");
        });
  }

  @Test
  void search_url_becomes_exactly_one_search_request() {
    withApp(
        search,
        client -> {
          String url =
              "/search?q="
                  + enc("微信 公众号")
                  + "&county="
                  + enc("金乡县")
                  + "&county="
                  + enc("汶上县")
                  + "&agency="
                  + enc("金乡县工业和信息化局")
                  + "&year=2021&year=2022&section=3&sort=newest&page=2&size=20";
          assertHtml(client.get(url), 200);
          assertThat(search.requests)
              .containsExactly(
                  new SearchRequest(
                      "微信 公众号",
                      List.of("金乡县", "汶上县"),
                      List.of("金乡县工业和信息化局"),
                      List.of(2021, 2022),
                      List.of(3),
                      SortOrder.NEWEST,
                      2,
                      20));
        });
  }

  @Test
  void empty_parameters_mean_defaults() {
    withApp(
        search,
        client -> {
          assertHtml(client.get("/search?q=&county=&agency=&year=&section=&sort=&page="), 200);
          assertThat(search.requests).containsExactly(SearchRequest.of(""));
        });
  }

  @Test
  void results_escape_report_data_and_keep_only_the_highlighter_marks() {
    withApp(
        search,
        client -> {
          Response res = client.get("/search?q=" + enc("微信公众号"));
          assertHtml(res, 200);
          String body = res.body().string();
          assertThat(body)
              .contains("通过<mark>微信公众号</mark>主动公开信息共 80条。&lt;script&gt;alert(1)&lt;/script&gt;")
              .contains("&lt;script&gt;alert(1)&lt;/script&gt;</a></h2>")
              .contains(
                  "<p class=\"hit-meta\">\"&gt;&lt;svg onload=alert(1)&gt; · \"&gt;&lt;svg onload=alert(1)&gt; · 2020年</p>")
              .contains("value=\"&#34;>&lt;svg onload=alert(1)>\"")
              .doesNotContain(SCRIPT)
              .doesNotContain("<svg onload") // the year chart is inline SVG; no injected one
              .contains(
                  "<h2 class=\"hit-title\"><a href=\"/reports/"
                      + enc(ID)
                      + "?q="
                      + enc("微信公众号")
                      + "#m1\">")
              .contains(
                  "<h3><a href=\"/reports/"
                      + enc(ID)
                      + "?q="
                      + enc("微信公众号")
                      + "#s1-m\">一、总体情况</a></h3>")
              .contains("#s3-m\">三、收到和处理政府信息公开申请情况</a></h3>")
              .contains(
                  "href=\"/reports/2020-%3Ci%3E%E9%AB%98%E9%9D%92%E5%8E%BF%20%22%E6%8A%95%E8%B5%84%22%26%E4%BF%83%E8%BF%9B%3F%23?q=")
              .contains("找到 25 份报告（40 个章节），用时 7 毫秒")
              .contains("金乡县投资促进服务中心 · 金乡县 · 2021年");
        });
  }

  @Test
  void facets_are_checkboxes_with_labels_and_counts_and_chips_remove_one_value() {
    withApp(
        search,
        client -> {
          String body =
              client
                  .get("/search?q=" + enc("微信公众号") + "&county=" + enc("金乡县") + "&year=2021")
                  .body()
                  .string();
          assertThat(body)
              .contains("<form class=\"facet-form\" action=\"/search\" method=\"get\">")
              .contains("<input type=\"hidden\" name=\"q\" value=\"微信公众号\">")
              .contains(
                  "<input type=\"checkbox\" id=\"f-county-0\" name=\"county\" value=\"金乡县\" checked><label for=\"f-county-0\"><span class=\"facet-label\">金乡县</span> <span class=\"facet-count\">3</span></label>")
              .contains(
                  "<input type=\"checkbox\" id=\"f-county-1\" name=\"county\" value=\"高青县\"><label for=\"f-county-1\"><span class=\"facet-label\">高青县</span> <span class=\"facet-count\">1</span></label>")
              .contains("<legend>区县</legend>")
              .contains("<legend>发布机关</legend>")
              .contains("<legend>年度</legend>")
              .contains("<legend>章节</legend>")
              // the site's 章节 group lists topics; section numbers only once one is selected
              .contains(
                  "<input type=\"checkbox\" id=\"f-topic-1\" name=\"topic\" value=\"总体情况\"><label for=\"f-topic-1\"><span class=\"facet-label\">总体情况</span> <span class=\"facet-count\">5</span></label>")
              .contains(
                  "<span class=\"facet-label\">未识别</span> <span class=\"facet-count\">1</span>")
              .doesNotContain("<legend>章节编号</legend>")
              .contains("<button type=\"submit\">筛选</button>")
              // chips: each link is the same URL minus that value
              .contains(
                  "<a class=\"chip\" href=\"/search?q="
                      + enc("微信公众号")
                      + "&amp;year=2021\" aria-label=\"移除筛选：区县：金乡县\">")
              .contains(
                  "<a class=\"chip\" href=\"/search?q="
                      + enc("微信公众号")
                      + "&amp;county="
                      + enc("金乡县")
                      + "\" aria-label=\"移除筛选：年度：2021\">");
          // year values newest first, sections in report order
          assertThat(body.indexOf("name=\"year\" value=\"2024\""))
              .isLessThan(body.indexOf("name=\"year\" value=\"2021\" checked"));
          assertThat(body.indexOf("name=\"year\" value=\"2021\" checked"))
              .isLessThan(body.indexOf("name=\"year\" value=\"2020\""));
          // topics in report order
          assertThat(body.indexOf("name=\"topic\" value=\"概述\""))
              .isLessThan(body.indexOf("name=\"topic\" value=\"总体情况\""));
          assertThat(body.indexOf("name=\"topic\" value=\"总体情况\""))
              .isLessThan(body.indexOf("name=\"topic\" value=\"依申请公开\""));
          String numbered = client.get("/search?q=" + enc("微信公众号") + "&section=3").body().string();
          assertThat(numbered)
              .contains("<legend>章节编号</legend>")
              .contains("<span class=\"facet-label\">三、收到和处理政府信息公开申请情况</span>")
              .contains("<span class=\"facet-label\">前言</span>")
              .contains("aria-label=\"移除筛选：章节编号：三、收到和处理政府信息公开申请情况\"");
          assertThat(numbered.indexOf("name=\"section\" value=\"0\""))
              .isLessThan(numbered.indexOf("name=\"section\" value=\"1\""));
          String topic =
              client.get("/search?q=" + enc("微信公众号") + "&topic=" + enc("复议诉讼")).body().string();
          assertThat(topic)
              .contains("name=\"topic\" value=\"复议诉讼\" checked>")
              .contains("aria-label=\"移除筛选：章节：复议诉讼\"");
        });
  }

  @Test
  void selected_values_unknown_to_the_index_stay_visible_and_ticked() {
    withApp(
        search,
        client -> {
          String body = client.get("/search?county=" + enc("不存在县")).body().string();
          assertThat(body).contains("name=\"county\" value=\"不存在县\" checked>");
        });
  }

  @Test
  void sort_links_and_pagination_keep_every_parameter() {
    search.results = FakeSearchService.results(2, 10, List.of());
    withApp(
        search,
        client -> {
          String body =
              client
                  .get("/search?q=" + enc("公开") + "&county=" + enc("金乡县") + "&page=2")
                  .body()
                  .string();
          String base = "/search?q=" + enc("公开") + "&amp;county=" + enc("金乡县");
          assertThat(body)
              .contains("<a href=\"" + base + "\" aria-current=\"true\">相关度</a>")
              .contains("<a href=\"" + base + "&amp;sort=newest\">最新</a>")
              .contains("<a href=\"" + base + "&amp;sort=oldest\">最早</a>")
              .contains("<a href=\"" + base + "\" rel=\"prev\">上一页</a>")
              .contains("<a href=\"" + base + "&amp;page=3\" rel=\"next\">下一页</a>")
              .contains("<a href=\"" + base + "&amp;page=2\" aria-current=\"page\">2</a>")
              .contains("第 2 / 3 页");
        });
  }

  @Test
  void browsing_without_a_query_offers_newest_and_oldest_only() {
    withApp(
        search,
        client -> {
          String body = client.get("/search?county=" + enc("金乡县")).body().string();
          assertThat(body)
              .doesNotContain(">相关度</a>")
              .contains(
                  "<a href=\"/search?county=" + enc("金乡县") + "\" aria-current=\"true\">最新</a>")
              .contains("<a href=\"/search?county=" + enc("金乡县") + "&amp;sort=oldest\">最早</a>");
        });
  }

  @Test
  void a_query_without_terms_is_browsing_too_and_marks_newest() {
    withApp(
        search,
        client -> {
          String body = client.get("/search?q=-").body().string();
          assertThat(body)
              .doesNotContain(">相关度</a>")
              .contains("<a href=\"/search?q=-\" aria-current=\"true\">最新</a>")
              .contains("<a href=\"/search?q=-&amp;sort=oldest\">最早</a>");
        });
  }

  @Test
  void notices_from_the_core_are_shown() {
    search.results = FakeSearchService.results(1, 500, List.of("每页最多显示 500 条"));
    withApp(
        search,
        client ->
            assertThat(client.get("/search?q=a&size=9999").body().string())
                .contains("<p class=\"notice\">每页最多显示 500 条</p>"));
  }

  @Test
  void no_results_suggest_what_to_try() {
    search.results =
        new org.nianbao.search.SearchResults(
            "无此词", 0, 0, 1, 10, 1, List.of(), java.util.Map.of(), List.of());
    withApp(
        search,
        client -> {
          Response res = client.get("/search?q=" + enc("无此词") + "&county=" + enc("金乡县"));
          assertHtml(res, 200);
          assertThat(res.body().string())
              .contains("没有找到匹配的报告")
              .contains("找到 0 份报告（0 个章节）")
              .contains("<a href=\"/search?q=" + enc("无此词") + "\">清除全部筛选</a>")
              .contains("href=\"/search?q=" + enc("政务新媒体") + "\"");
        });
  }

  @Test
  void a_bad_query_is_a_friendly_400_page() {
    withApp(
        search,
        client -> {
          Response res = client.get("/search?q=" + enc(BAD_QUERY));
          assertHtml(res, 400);
          assertThat(res.body().string())
              .contains("无法完成这次搜索")
              .contains("查询语法有误：括号不配对")
              .contains("value=\"((坏查询\"");
        });
  }

  @Test
  void bad_parameters_are_a_friendly_400_page() {
    withApp(
        search,
        client -> {
          for (String query :
              List.of(
                  "page=0",
                  "page=-1",
                  "page=x",
                  "page=10001",
                  "year=abc",
                  "section=%E4%B8%80",
                  "sort=random",
                  "size=0")) {
            Response res = client.get("/search?q=" + enc(SCRIPT) + "&" + query);
            assertHtml(res, 400);
            assertThat(res.body().string())
                .as(query)
                .contains("无法完成这次搜索")
                .contains("value=\"&lt;script>alert(1)&lt;/script>\"")
                .doesNotContain(SCRIPT);
          }
          assertThat(client.get("/search?page=10000").code()).isEqualTo(200);
          assertThat(search.requests).hasSize(1);
        });
  }

  @Test
  void an_unexpected_failure_is_a_generic_500_page_without_details() {
    withApp(
        search,
        client -> {
          Response res = client.get("/search?q=" + BOOM);
          assertHtml(res, 500);
          assertThat(res.body().string())
              .contains("服务器出了点问题")
              .doesNotContain("fire")
              .doesNotContain("Exception");
          Response api = client.get("/api/search?q=" + BOOM);
          assertJson(api, 500);
          assertThat(api.body().string()).isEqualTo("{\"error\":\"服务器出了点问题，请稍后再试。\"}");
        });
  }

  @Test
  void api_search_returns_the_same_json_as_the_cli() {
    withApp(
        search,
        client -> {
          Response res = client.get("/api/search?q=" + enc("微信公众号") + "&county=" + enc("金乡县"));
          assertJson(res, 200);
          String body = res.body().string();
          assertThat(body).isEqualTo(Json.line(ApiResults.of(search.results)));
          // the server's own time, apart from the network's (W3C Server-Timing)
          assertThat(WebTesting.header(res, "Server-Timing"))
              .matches("search;dur=\\d+\\.\\d{3}, json;dur=\\d+\\.\\d{3}");
          // the documented fields: URLs, snippets as HTML, facets by name
          assertThat(body)
              .contains(
                  "\"source\":\"corpus/000.txt\",\"url\":\"/reports/2021-%E9%87%91%E4%B9%A1%E5%8E%BF%E6%8A%95%E8%B5%84%E4%BF%83%E8%BF%9B%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83\"")
              .contains(
                  "{\"number\":1,\"title\":\"总体情况\",\"url\":\"/reports/2021-%E9%87%91%E4%B9%A1%E5%8E%BF%E6%8A%95%E8%B5%84%E4%BF%83%E8%BF%9B%E6%9C%8D%E5%8A%A1%E4%B8%AD%E5%BF%83#s1\","
                      + "\"snippets\":[\"通过<mark>微信公众号</mark>主动公开信息共 80条。&lt;script&gt;alert(1)&lt;/script&gt;\"]}")
              .contains("\"facets\":{\"county\":[{\"value\":\"金乡县\",\"count\":3,\"selected\":true}")
              .contains("\"agency\":[")
              .contains("\"year\":[")
              .contains("\"section\":[")
              .endsWith(",\"notices\":[]}");
          assertThat(search.requests.getFirst().counties()).containsExactly("金乡县");
        });
  }

  @Test
  void api_errors_are_json() {
    withApp(
        search,
        client -> {
          Response bad = client.get("/api/search?page=abc");
          assertJson(bad, 400);
          assertThat(bad.body().string()).isEqualTo("{\"error\":\"页码必须是 1 到 10000 之间的整数\"}");
          Response badQuery = client.get("/api/search?q=" + enc(BAD_QUERY));
          assertJson(badQuery, 400);
          assertThat(badQuery.body().string()).isEqualTo("{\"error\":\"查询语法有误：括号不配对\"}");
          Response missing = client.get("/api/reports/" + enc("2099-没有"));
          assertJson(missing, 404);
          assertThat(missing.body().string()).startsWith("{\"error\":\"没有找到这份报告");
          Response unknown = client.get("/api/nothing");
          assertJson(unknown, 404);
        });
  }

  @Test
  void api_report_returns_the_report_and_its_marks() {
    withApp(
        search,
        client -> {
          Response res = client.get("/api/reports/" + enc(ID) + "?q=" + enc("微信公众号"));
          assertJson(res, 200);
          String body = res.body().string();
          // the stand-in's absolute source path is shown as its file name only (issue 17)
          String marked =
              Json.line(FakeSearchService.markedReport("微信公众号"))
                  .replace(
                      "/home/someone/corpus/000_bf1f93b444d87913.txt", "000_bf1f93b444d87913.txt");
          // the marked report, then the statistics and checks exactly as parse --json prints them
          assertThat(body)
              .isEqualTo(
                  marked.substring(0, marked.length() - 1)
                      + ",\"statistics\":{\"format\":\"2021\",\"tables\":{\"active\":{\"title\":\"二、主动公开政府信息情况\","
                      + "\"rows\":[{\"label\":\"规章\",\"cells\":{\"本年制发件数\":0,\"本年废止件数\":0,\"现行有效件数\":0}},"
                      + "{\"label\":\"行政规范性文件\",\"cells\":{\"本年制发件数\":0,\"本年废止件数\":0,\"现行有效件数\":0}},"
                      + "{\"label\":\"行政许可\",\"cells\":{\"本年处理决定数量\":null}},"
                      + "{\"label\":\"行政处罚\",\"cells\":{\"本年处理决定数量\":null}},"
                      + "{\"label\":\"行政强制\",\"cells\":{\"本年处理决定数量\":null}},"
                      + "{\"label\":\"行政事业性收费\",\"cells\":{\"本年收费金额（单位：万元）\":null}}]},"
                      + "\"requests\":null,\"reviews\":null},\"new_requests\":null,\"carried_over\":null,"
                      + "\"handled_total\":null,\"carried_forward\":null,\"review_total\":null,"
                      + "\"litigation_direct_total\":null,\"litigation_after_review_total\":null,"
                      + "\"warnings\":[\"表二（主动公开政府信息情况）部分行无法读取：「行政许可」未找到；「行政处罚」未找到；"
                      + "「行政强制」未找到；「行政事业性收费」未找到\"]},\"checks\":[]}");
          assertThat(search.reportQueries).containsExactly("微信公众号");
        });
  }

  @Test
  void healthz_reports_counts() {
    withApp(
        search,
        client -> {
          Response res = client.get("/healthz");
          assertJson(res, 200);
          assertThat(res.body().string())
              .isEqualTo("{\"status\":\"ok\",\"reports\":5,\"sections\":37}");
        });
  }

  @Test
  void unknown_pages_and_methods_get_the_404_page_with_headers() {
    withApp(
        search,
        client -> {
          Response res = client.get("/nothing-here");
          assertHtml(res, 404);
          assertThat(res.body().string()).contains("没有找到这个页面").contains("返回首页");
          Response post = client.post("/search", "q=x");
          assertThat(post.code()).isIn(404, 405);
          assertSecurityHeaders(post);
        });
  }

  @Test
  void static_assets_carry_the_security_headers() {
    withApp(
        search,
        client -> {
          Response css = client.get("/assets/site.css");
          assertThat(css.code()).isEqualTo(200);
          assertThat(WebTesting.contentType(css)).isEqualTo("text/css;charset=utf-8");
          assertSecurityHeaders(css);
          Response js = client.get("/assets/site.js");
          assertThat(js.code()).isEqualTo(200);
          assertSecurityHeaders(js);
          Response missing = client.get("/assets/nope.css");
          assertThat(missing.code()).isEqualTo(404);
          assertSecurityHeaders(missing);
        });
  }

  @Test
  void static_assets_are_the_classpath_files_and_revalidate_with_their_etag() {
    withApp(
        search,
        client -> {
          for (String name : List.of("site.css", "site.js", "favicon.svg")) {
            String file;
            try (var in = getClass().getResourceAsStream("/public/" + name)) {
              file = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Response first = client.get("/assets/" + name);
            assertThat(first.code()).isEqualTo(200);
            assertThat(first.body().string()).isEqualTo(file).isNotEmpty();
            assertThat(WebTesting.header(first, "Cache-Control")).isEqualTo("max-age=3600");
            String etag = WebTesting.header(first, "ETag");
            assertThat(etag).matches("\"[0-9a-f]{16}\"");
            Response again = client.get("/assets/" + name, r -> r.header("If-None-Match", etag));
            assertThat(again.code()).isEqualTo(304);
            assertThat(again.body().string()).isEmpty();
            assertSecurityHeaders(again);
            Response stale = client.get("/assets/" + name, r -> r.header("If-None-Match", "\"0\""));
            assertThat(stale.code()).isEqualTo(200);
          }
          assertThat(WebTesting.contentType(client.get("/assets/favicon.svg")))
              .isEqualTo("image/svg+xml");
          assertHtml(client.get("/assets/nope.css"), 404);
          assertHtml(client.get("/assets/"), 404);
          assertHtml(client.get("/assets/site.css/"), 404);
        });
  }
}
