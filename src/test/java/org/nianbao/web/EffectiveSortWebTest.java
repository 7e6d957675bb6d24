package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.LuceneSearchService;

/**
 * The site over the real search core (the bundled reports): the sort control marks the order the
 * results are really in, and an export checks the query with the real parser before it streams.
 */
class EffectiveSortWebTest {
  @TempDir static Path index;
  static LuceneSearchService service;

  @BeforeAll
  static void open() throws Exception {
    BundledIndex.ensure(index);
    service = LuceneSearchService.open(index);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  interface Body {
    void run(io.javalin.testtools.HttpClient client) throws Exception;
  }

  static void withApp(Body body) {
    JavalinTest.test(
        WebApp.create(service, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          body.run(client);
        });
  }

  @Test
  void a_purely_negative_query_comes_newest_first_and_the_page_marks_newest() throws Exception {
    SearchResults r = service.search(SearchRequest.of("-抖音"));
    assertThat(r.sort()).isEqualTo(SortOrder.NEWEST);
    assertThat(r.rankable()).isFalse();
    assertThat(r.total()).isEqualTo(5);
    List<Integer> years = r.results().stream().map(ReportHit::year).toList();
    assertThat(years).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(service.search(SearchRequest.of("公开")).sort()).isEqualTo(SortOrder.RELEVANCE);
    String q = enc("-抖音");
    withApp(
        client -> {
          String body = client.get("/search?q=" + q).body().string();
          assertThat(body)
              .doesNotContain(">相关度</a>")
              .contains("<a href=\"/search?q=" + q + "\" aria-current=\"true\">最新</a>")
              .contains("<a href=\"/search?q=" + q + "&amp;sort=oldest\">最早</a>");
          String ranked = client.get("/search?q=" + enc("公开")).body().string();
          assertThat(ranked)
              .contains("<a href=\"/search?q=" + enc("公开") + "\" aria-current=\"true\">相关度</a>");
        });
  }

  @Test
  void exporting_a_query_the_parser_rejects_is_a_400_with_its_reason() {
    withApp(
        client -> {
          Response res = client.get("/search.csv?q=" + enc("***"));
          assertThat(res.code()).isEqualTo(400);
          assertThat(res.body().string()).contains("查询中没有可检索的汉字、字母或数字，请换个说法");
          Response year = client.get("/search.xlsx?q=" + enc("年份:abc"));
          assertThat(year.code()).isEqualTo(400);
          assertThat(year.body().string()).contains("年份写法不对：「年份:abc」，请写成 年份:2019 或 年份:2019..2021");
        });
  }
}
