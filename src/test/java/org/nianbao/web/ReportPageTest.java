package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.FakeSearchService.HOSTILE_ID;
import static org.nianbao.web.FakeSearchService.ID;
import static org.nianbao.web.FakeSearchService.SCRIPT;
import static org.nianbao.web.WebTesting.assertHtml;
import static org.nianbao.web.WebTesting.enc;
import static org.nianbao.web.WebTesting.withApp;

import io.javalin.testtools.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /reports/{id}} over HTTP, against a stand-in search service. */
class ReportPageTest {
  private final FakeSearchService search = new FakeSearchService();

  private static String reportUrl(String id) {
    return Links.reportPath(id);
  }

  @Test
  void report_has_metadata_toc_anchors_and_highlights() {
    withApp(
        search,
        client -> {
          Response res = client.get(reportUrl(ID) + "?q=" + enc("微信公众号") + "&county=" + enc("金乡县"));
          assertHtml(res, 200);
          String body = res.body().string();
          assertThat(body)
              .contains("<h1>金乡县投资促进服务中心2021年政府信息公开工作年度报告</h1>")
              // agency, place and year link to those filters (issue 14)
              .contains(
                  "<div><dt>发布机关</dt><dd><a href=\"/search?agency="
                      + enc("金乡县投资促进服务中心").replace("+", "%20")
                      + "&amp;sort=newest\">金乡县投资促进服务中心</a></dd></div>")
              .contains(
                  "<div><dt>区县</dt><dd><a href=\"/search?county="
                      + enc("金乡县")
                      + "\">金乡县</a></dd></div>")
              .contains("<div><dt>年度</dt><dd><a href=\"/search?year=2021\">2021</a></dd></div>")
              // the file name on disk is not shown to the public (issue 14)
              .doesNotContain("000_bf1f93b444d87913.txt")
              // a citation block, visible without JavaScript; the copy button only with it
              .contains(
                  "<p class=\"citation-text\" id=\"citation-text\">金乡县投资促进服务中心：《金乡县投资促进服务中心2021年政府信息公开工作年度报告》（2021年，金乡县）。 年报检索，<a class=\"citation-link\" href=\""
                      + reportUrl(ID)
                      + "\">"
                      + reportUrl(ID)
                      + "</a></p>")
              .contains(
                  "<button type=\"button\" class=\"copy-citation\" data-target=\"citation-text\" hidden>复制引用</button>")
              // the accessible name of 复制链接 contains its visible text
              .contains("aria-label=\"复制链接：一、总体情况\"><span aria-hidden=\"true\">¶</span> 复制链接</a>")
              .doesNotContain("/home/someone")
              // table of contents
              .contains("<li><a href=\"#s0\">前言</a>")
              .contains("<li><a href=\"#s1\">一、总体情况</a>")
              .contains("<li><a href=\"#s1-1\">（一）主动公开情况</a></li>")
              .contains("<li><a href=\"#s1-2\">（二）依申请公开情况</a></li>")
              // anchored sections and subsections
              .contains("<section class=\"report-section\" id=\"s1\" aria-labelledby=\"s1-h\">")
              .contains("<h2 id=\"s1-h\">一、总体情况</h2>")
              .contains("<a class=\"permalink\" href=\"#s1\"")
              .contains("<h3 id=\"s1-1\">（一）主动公开情况</h3>")
              .contains("<h3 id=\"s1-2\">（二）依申请公开情况</h3>")
              // highlighted and escaped text
              .contains(
                  "<p>通过<span class=\"match-anchor\" id=\"s1-m\"></span><mark id=\"m1\">微信公众号</mark>"
                      + "<span class=\"match-nav\">第 1 / 1 处</span>"
                      + "主动公开信息共 80条。&lt;script&gt;alert(1)&lt;/script&gt;</p>")
              .contains("<p>2021年未涉及依申请公开。\"&gt;&lt;svg onload=alert(1)&gt;</p>")
              .contains("已高亮「<mark>微信公众号</mark>」，共 1 处。")
              .contains("本节 1 处匹配 <a href=\"#s1-m\">跳到本节第一处</a>")
              .contains("<a class=\"first-match\" href=\"#m1\">跳到第一处</a>")
              .doesNotContain(SCRIPT)
              // tables are tables, with a caption naming the heading they stand under
              .contains(
                  "<div class=\"table-wrap\" id=\"t1\" tabindex=\"0\" role=\"region\" aria-labelledby=\"t1-c\">")
              .contains("<caption id=\"t1-c\">表格 1：（一）主动公开情况</caption>")
              .contains("<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>")
              .contains(
                  "<tr><td>规章</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td></tr>")
              // the way back keeps the search
              .contains(
                  "<a href=\"/search?q="
                      + enc("微信公众号")
                      + "&amp;county="
                      + enc("金乡县")
                      + "\">← 返回搜索结果</a>");
          assertThat(search.reportQueries).containsExactly("微信公众号");
        });
  }

  @Test
  void without_a_query_nothing_is_marked_and_back_goes_home() {
    withApp(
        search,
        client -> {
          String body = client.get(reportUrl(ID)).body().string();
          assertThat(body)
              .doesNotContain("<mark>")
              .doesNotContain("已高亮")
              .contains("<a href=\"/\">← 返回首页</a>");
          assertThat(search.reportQueries).containsExactly("");
        });
  }

  @Test
  void hostile_report_data_is_escaped() {
    withApp(
        search,
        client -> {
          Response res = client.get(reportUrl(HOSTILE_ID) + "?q=" + enc(SCRIPT));
          assertHtml(res, 200);
          String body = res.body().string();
          assertThat(body)
              .doesNotContain(SCRIPT)
              .doesNotContain("<svg")
              .contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; · 年报检索</title>")
              .contains("已高亮「<mark>&lt;script&gt;alert(1)&lt;/script&gt;</mark>」");
        });
  }

  @Test
  void unknown_and_implausible_ids_are_404_pages_that_never_reach_the_service() {
    withApp(
        search,
        client -> {
          Response res = client.get(reportUrl("2099-不存在的机关"));
          assertHtml(res, 404);
          assertThat(res.body().string()).contains("没有找到这份报告");
          assertThat(search.reportQueries).hasSize(1);
          for (String id : List.of("..", "a..b", "a\\b", "a\u0000b", "a\nb", "x".repeat(201))) {
            Response r = client.get(reportUrl(id));
            assertThat(r.code()).as(id).isIn(400, 404);
            WebTesting.assertSecurityHeaders(r);
          }
          assertThat(client.get("/reports/..%2F..%2Fpom.xml").code()).isIn(400, 404);
          assertThat(client.get("/reports/a%2Fb").code()).isIn(400, 404);
          assertThat(search.reportQueries).hasSize(1);
        });
  }
}
