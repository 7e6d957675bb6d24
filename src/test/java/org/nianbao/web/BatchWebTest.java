package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.FakeSearchService.BAD_QUERY;
import static org.nianbao.web.WebTesting.enc;
import static org.nianbao.web.WebTesting.withApp;

import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

class BatchWebTest {
  private final FakeSearchService search = new FakeSearchService();

  private static Response form(io.javalin.testtools.HttpClient client, String path, String terms) {
    return client.request(
        path,
        b ->
            b.header("Content-Type", "application/x-www-form-urlencoded")
                .post(java.net.http.HttpRequest.BodyPublishers.ofString("terms=" + enc(terms))));
  }

  @Test
  void the_batch_page_is_a_form_and_a_post_gives_the_table_of_terms_by_year() {
    withApp(
        search,
        client -> {
          assertThat(client.get("/batch").body().string())
              .contains("<form class=\"batch-form\" action=\"/batch\" method=\"post\">")
              .doesNotContain("<table");
          Response res = form(client, "/batch", "微信公众号\n抖音\n\n微信公众号\n" + BAD_QUERY);
          assertThat(res.code()).isEqualTo(200);
          String body = res.body().string();
          assertThat(body)
              .contains(
                  "<th scope=\"col\">2020年</th><th scope=\"col\">2021年</th><th scope=\"col\">2024年</th>")
              .contains("<th scope=\"row\">微信公众号</th>")
              .contains("<a href=\"/search?q=" + Links.encode("抖音") + "\">25</a>")
              .contains("<a href=\"/search?q=" + Links.encode("抖音") + "&amp;year=2021\">2</a>")
              .contains("<td colspan=\"4\">查询语法有误：括号不配对</td>");
          assertThat(body.split("<th scope=\"row\">", -1)).hasSize(1 + 3); // the repeated term once
        });
  }

  @Test
  void api_and_csv_give_the_same_counts_and_too_many_terms_is_a_400() {
    withApp(
        search,
        client -> {
          String json = client.get("/api/batch?terms=" + enc("微信公众号\n抖音")).body().string();
          assertThat(json)
              .isEqualTo(
                  "{\"years\":[2020,2021,2024],\"results\":["
                      + "{\"term\":\"微信公众号\",\"total\":25,\"byYear\":{\"2020\":1,\"2021\":2,\"2024\":1},\"error\":null},"
                      + "{\"term\":\"抖音\",\"total\":25,\"byYear\":{\"2020\":1,\"2021\":2,\"2024\":1},\"error\":null}]}");
          String csv = client.get("/batch.csv?terms=" + enc("微信公众号")).body().string();
          assertThat(csv).isEqualTo("\uFEFF检索词,匹配报告数,2020年,2021年,2024年\r\n微信公众号,25,1,2,1\r\n");
          StringBuilder many = new StringBuilder();
          for (int i = 0; i < 501; i++) {
            many.append("词").append(i).append('\n');
          }
          Response tooMany = form(client, "/api/batch", many.toString());
          assertThat(tooMany.code()).isEqualTo(400);
          assertThat(tooMany.body().string()).contains("检索词太多：最多 500 个（收到 501 个）");
        });
  }
}
