package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;
import static org.nianbao.web.WebTesting.withApp;

import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

/**
 * Facet lists at scale: facetLimit, facetSizes, a facet's own search box, pinyin order, "show all".
 */
class FacetListsWebTest {
  private final FakeSearchService search = new FakeSearchService();

  @Test
  void api_cuts_lists_by_facetLimit_and_says_how_many_values_each_has() {
    withApp(
        search,
        client -> {
          String one =
              client.get("/api/search?q=" + enc("微信公众号") + "&facetLimit=1").body().string();
          assertThat(one)
              // the selected value is always listed, besides the one value asked for
              .contains(
                  "\"county\":[{\"value\":\"金乡县\",\"count\":3,\"selected\":true},{\"value\":\"高青县\",\"count\":1,\"selected\":false}],")
              .contains("\"year\":[{\"value\":\"2021\",\"count\":2,\"selected\":false}],")
              .contains(
                  "\"facetSizes\":{\"county\":3,\"agency\":1,\"year\":3,\"section\":3,\"topic\":4}");
          String all =
              client.get("/api/search?q=" + enc("微信公众号") + "&facetLimit=0").body().string();
          assertThat(all).contains("{\"value\":\"2020\",\"count\":1,\"selected\":false}]");
          Response bad = client.get("/api/search?facetLimit=-3");
          assertThat(bad.code()).isEqualTo(400);
          assertThat(bad.body().string()).contains("facetLimit 必须是非负整数");
          Response badSort = client.get("/api/search?facetSort=abc");
          assertThat(badSort.code()).isEqualTo(400);
        });
  }

  @Test
  void a_facets_search_box_filters_its_list_without_javascript_and_keeps_the_selection() {
    withApp(
        search,
        client -> {
          String body =
              client
                  .get(
                      "/search?q="
                          + enc("微信公众号")
                          + "&county="
                          + enc("金乡县")
                          + "&fq_county="
                          + enc("高"))
                  .body()
                  .string();
          assertThat(body)
              .contains("<input type=\"search\" id=\"fq_county\" name=\"fq_county\" value=\"高\"")
              .contains("含“高”的区县：1 个")
              .contains("name=\"county\" value=\"金乡县\" checked>")
              .contains("name=\"county\" value=\"高青县\">")
              .doesNotContain("name=\"county\" value=\"&#34;&gt;&lt;svg")
              .contains("<p class=\"facet-size\">共 3 个</p>")
              // the box is a field of the filter form, not also a hidden field
              .doesNotContain("type=\"hidden\" name=\"fq_county\"");
        });
  }

  @Test
  void pinyin_order_and_show_all_are_plain_links() {
    withApp(
        search,
        client -> {
          String body = client.get("/search?q=" + enc("微信公众号")).body().string();
          assertThat(body)
              .contains(
                  "<a href=\"/search?q="
                      + enc("微信公众号").replace("+", "%20")
                      + "&amp;facetSort=pinyin#facet-county\">按拼音排序</a>");
          String pinyin =
              client.get("/search?q=" + enc("微信公众号") + "&facetSort=pinyin").body().string();
          assertThat(pinyin)
              .contains(">按数量排序</a>")
              .contains("<input type=\"hidden\" name=\"facetSort\" value=\"pinyin\">");
          // 高青县 (gao) sorts before 金乡县 (jin) but the selected 金乡县 is pinned first
          String selected =
              client
                  .get("/search?q=" + enc("微信公众号") + "&county=" + enc("金乡县") + "&facetSort=pinyin")
                  .body()
                  .string();
          assertThat(selected.indexOf("value=\"金乡县\" checked"))
              .isLessThan(selected.indexOf("value=\"高青县\""));
        });
  }
}
