package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.geo.Place;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.lucene.LuceneSearchService;

/**
 * Issue 12: 地区 as a province › city › county tree in the sidebar (server HTML, opened by links) and
 * as the {@code place} facet of the API, with exact counts that ignore the place selections; two
 * 鼓楼区 in different cities stay apart in the tree.
 */
class PlaceTreeWebTest {
  @TempDir static Path dir;
  static LuceneSearchService search;

  static Report report(String id, Place place, Integer year) {
    return new Report(
        "/data/" + id + ".txt",
        id,
        id + "政府信息公开工作年度报告",
        id,
        place,
        year,
        List.of(
            new Section(0, "概述", "", "本报告由" + id + "编制。", List.of()),
            new Section(1, "总体情况", "总体情况", "通过微信公众号发布信息。", List.of())),
        List.of());
  }

  static Place county(String province, String city, String county) {
    return new Place(province, null, city, null, county, null);
  }

  @BeforeAll
  static void build() throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(dir)) {
      for (Report r :
          List.of(
              report("南京鼓楼", county("江苏省", "南京市", "鼓楼区"), 2021),
              report("南京玄武", county("江苏省", "南京市", "玄武区"), 2021),
              report("苏州吴中", county("江苏省", "苏州市", "吴中区"), 2022),
              report("南京市局", county("江苏省", "南京市", null), 2020),
              report("福州鼓楼", county("福建省", "福州市", "鼓楼区"), 2021),
              report("仙桃", county("湖北省", null, "仙桃市"), 2021),
              report("无名", null, null))) {
        indexer.add(r, "/keys/" + r.id(), "fp");
      }
      indexer.commit();
    }
    search = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    search.close();
  }

  static String box(String name, String value, long count, boolean checked) {
    return "name=\""
        + name
        + "\" value=\""
        + value
        + "\""
        + (checked ? " checked" : "")
        + "><label for=\"f-place-";
  }

  static String count(String label, long n) {
    return "<span class=\"facet-label\">"
        + label
        + "</span> <span class=\"facet-count\">"
        + n
        + "</span>";
  }

  interface Body {
    void run(io.javalin.testtools.HttpClient client) throws Exception;
  }

  static void withApp(Body body) {
    JavalinTest.test(
        WebApp.create(search, new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> body.run(client));
  }

  @Test
  void provinces_open_by_link_and_selections_open_their_branch() {
    withApp(
        client -> {
          String q = "/search?q=" + enc("微信公众号");
          String all = client.get(q).body().string();
          assertThat(all)
              .contains("<legend>地区</legend>")
              .contains(box("province", "江苏省", 4, false))
              .contains(count("江苏省", 4))
              .contains(count("福建省", 1))
              .contains(count("湖北省", 1))
              .contains(box("province", "未识别", 1, false))
              .doesNotContain("name=\"city\"") // nothing opened, nothing selected
              .contains(
                  "<a class=\"place-toggle\" href=\"/search?q="
                      + enc("微信公众号").replace("+", "%20")
                      + "&amp;open="
                      + Links.encode("江苏省")
                      + "#facet-place\" aria-label=\"展开江苏省\">展开</a>")
              // the flat 区县 list merges the two 鼓楼区; the tree keeps them apart
              .contains("name=\"county\" value=\"鼓楼区\"><label for=\"f-county-0\">")
              .contains(count("鼓楼区", 2));
          assertThat(all.indexOf("value=\"江苏省\"")).isLessThan(all.indexOf("value=\"福建省\""));
          assertThat(all.indexOf("value=\"湖北省\"")).isLessThan(all.indexOf("value=\"未识别\""));

          String opened = client.get(q + "&open=" + enc("江苏省")).body().string();
          assertThat(opened)
              .contains(box("city", "南京市", 3, false))
              .contains(count("南京市", 3))
              .contains(count("苏州市", 1))
              .doesNotContain("name=\"city\" value=\"福州市\"")
              .contains("aria-label=\"收起江苏省\">收起</a>")
              .contains("<input type=\"hidden\" name=\"open\" value=\"江苏省\">");

          // a selected city opens its province and itself: its counties, each with its count
          String city = client.get(q + "&city=" + enc("南京市")).body().string();
          assertThat(city)
              .contains("找到 3 份报告")
              .contains(box("city", "南京市", 3, true))
              .contains(box("county", "鼓楼区", 1, false))
              .contains(box("county", "玄武区", 1, false))
              .doesNotContain("name=\"county\" value=\"吴中区\"")
              // counts ignore the place selections: 福建省 keeps its count
              .contains(count("福建省", 1));

          // a county directly under its province (no city) is listed at the city level
          String hubei = client.get(q + "&open=" + enc("湖北省")).body().string();
          assertThat(hubei).contains(box("county", "仙桃市", 1, false)).contains(count("仙桃市", 1));

          // other facets narrow the tree; 未识别 (no place) has no year
          String year = client.get(q + "&province=" + enc("江苏省") + "&year=2021").body().string();
          assertThat(year)
              .contains("找到 2 份报告")
              .contains(box("province", "江苏省", 2, true))
              .contains(count("江苏省", 2))
              .contains(count("南京市", 2))
              .doesNotContain("value=\"苏州市\"")
              .doesNotContain("name=\"province\" value=\"未识别\"");
        });
  }

  @Test
  void the_api_lists_every_node_and_keeps_the_flat_place_facets() {
    withApp(
        client -> {
          String json =
              client.get("/api/search?q=" + enc("微信公众号") + "&city=" + enc("南京市")).body().string();
          assertThat(json)
              .contains("\"total\":3,")
              .contains("{\"value\":\"江苏省\",\"count\":4,\"selected\":false}")
              .contains("{\"value\":\"江苏省›南京市\",\"count\":3,\"selected\":true}")
              .contains("{\"value\":\"江苏省›南京市›鼓楼区\",\"count\":1,\"selected\":false}")
              .contains("{\"value\":\"福建省›福州市›鼓楼区\",\"count\":1,\"selected\":false}")
              .contains("{\"value\":\"湖北省››仙桃市\",\"count\":1,\"selected\":false}")
              .contains("{\"value\":\"未识别\",\"count\":1,\"selected\":false}")
              // the flat facets stay: city ignores its own selection, county keeps it
              .contains(
                  "\"city\":[{\"value\":\"南京市\",\"count\":3,\"selected\":true},"
                      + "{\"value\":\"福州市\",\"count\":1,\"selected\":false},"
                      + "{\"value\":\"苏州市\",\"count\":1,\"selected\":false},"
                      + "{\"value\":\"未识别\",\"count\":2,\"selected\":false}]")
              .contains(
                  "\"county\":[{\"value\":\"玄武区\",\"count\":1,\"selected\":false},"
                      + "{\"value\":\"鼓楼区\",\"count\":1,\"selected\":false},"
                      + "{\"value\":\"未识别\",\"count\":1,\"selected\":false}]");
        });
  }
}
