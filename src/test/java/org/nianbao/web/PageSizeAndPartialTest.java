package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.withApp;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;

/**
 * The site shows at most 100 reports a page (the API 500); a partial search says so in JSON and on
 * the page.
 */
class PageSizeAndPartialTest {
  private final FakeSearchService search = new FakeSearchService();

  @Test
  void the_site_caps_the_page_size_at_100_with_a_notice_and_the_api_does_not() {
    withApp(
        search,
        client -> {
          String html = client.get("/search?q=a&size=500").body().string();
          assertThat(search.requests.getLast().size()).isEqualTo(100);
          assertThat(html).contains("<p class=\"notice\">每页最多显示 100 份报告，已按 100 份显示</p>");
          client.get("/search?q=a&size=100").body().string();
          assertThat(search.requests.getLast().size()).isEqualTo(100);
          assertThat(client.get("/search?q=a&size=50").body().string())
              .doesNotContain("每页最多显示 100 份报告");
          assertThat(search.requests.getLast().size()).isEqualTo(50);
          client.get("/api/search?q=a&size=500").body().string();
          assertThat(search.requests.getLast().size()).isEqualTo(500);
        });
  }

  @Test
  void a_partial_result_is_flagged_in_the_json_and_its_notice_shown() {
    String notice = "搜索超时，结果可能不完整";
    search.results =
        new SearchResults(
            "a",
            3,
            4,
            1,
            10,
            5000,
            List.of(),
            Map.of(),
            List.of(notice),
            true,
            SortOrder.RELEVANCE,
            true);
    withApp(
        search,
        client -> {
          assertThat(client.get("/api/search?q=a").body().string())
              .endsWith(",\"partial\":true,\"notices\":[\"" + notice + "\"]}");
          assertThat(client.get("/search?q=a").body().string())
              .contains("<p class=\"notice\">" + notice + "</p>");
        });
    search.results = FakeSearchService.results(1, 10, List.of());
    withApp(
        search,
        client ->
            assertThat(client.get("/api/search?q=a").body().string())
                .endsWith(",\"partial\":false,\"notices\":[]}"));
  }
}
