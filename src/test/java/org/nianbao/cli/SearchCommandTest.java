package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.testing.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.testing.CliRun;

class SearchCommandTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void buildIndex() throws Exception {
    index = tmp.resolve("index");
    assertThat(BundledIndex.ensure(index)).isTrue();
    assertThat(BundledIndex.ensure(index)).isFalse();
  }

  @Test
  void csv_lists_every_match_and_json_carries_facet_sizes() throws Exception {
    CliRun csv = run("search", "--index", index.toString(), "--csv", "微信公众号");
    assertThat(csv.code()).isZero();
    String[] lines = csv.out().split("\r\n");
    assertThat(lines[0]).isEqualTo("\uFEFF编号,标题,发布机关,省份,地市,区县,年度,匹配章节,首个摘要,报告链接");
    assertThat(lines).hasSize(1 + 5); // the 5 reports the JSON test finds
    assertThat(lines[1]).contains(",/reports/");
    JsonNode j =
        run("search", "--index", index.toString(), "--json", "--facet-limit", "1", "微信公众号")
            .json()
            .get(0);
    assertThat(j.get("facets").get("year")).hasSize(1);
    assertThat(j.get("facetSizes").get("year").asInt()).isGreaterThan(1);
  }

  @Test
  void topic_and_unknown_year_filters() throws Exception {
    JsonNode all = run("search", "--index", index.toString(), "--json", "行政复议").json().get(0);
    JsonNode topics = all.get("facets").get("topic");
    long appeals = 0;
    for (JsonNode v : topics) {
      if (v.get("value").asText().equals("复议诉讼")) {
        appeals = v.get("count").asLong();
      }
    }
    assertThat(appeals).isEqualTo(5);
    JsonNode only =
        run("search", "--index", index.toString(), "--json", "--topic", "复议诉讼", "行政复议")
            .json()
            .get(0);
    assertThat(only.get("total").asLong()).isEqualTo(appeals);
    assertThat(only.get("facets").get("topic").toString())
        .contains("{\"value\":\"复议诉讼\",\"count\":5,\"selected\":true}");
    JsonNode noYear =
        run("search", "--index", index.toString(), "--json", "--year", "未识别", "行政复议").json().get(0);
    assertThat(noYear.get("total").asLong()).isZero(); // every sample report has its year
    assertThat(noYear.get("facets").get("year").toString())
        .contains("{\"value\":\"未识别\",\"count\":0,\"selected\":true}");
    CliRun bad = run("search", "--index", index.toString(), "--year", "去年", "x");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("年度必须是整数：去年（或“未识别”）");
  }

  @Test
  void json_output_has_the_documented_shape() throws Exception {
    CliRun r = run("search", "--index", index.toString(), "--json", "微信公众号");
    assertThat(r.code()).isZero();
    JsonNode j = r.json().get(0);
    assertThat(j.fieldNames())
        .toIterable()
        .containsSubsequence(
            "query", "total", "totalSections", "page", "size", "tookMs", "results", "facets");
    assertThat(j.get("query").asText()).isEqualTo("微信公众号");
    assertThat(j.get("total").asInt()).isEqualTo(5);
    assertThat(j.get("totalSections").asInt()).isEqualTo(9);
    JsonNode first = j.get("results").get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly("id", "title", "agency", "county", "year", "source", "url", "sections");
    assertThat(first.get("url").asText()).startsWith("/reports/");
    JsonNode section = first.get("sections").get(0);
    assertThat(section.fieldNames())
        .toIterable()
        .containsExactly("number", "title", "url", "snippets");
    assertThat(section.get("url").asText())
        .isEqualTo(first.get("url").asText() + "#s" + section.get("number").asInt());
    assertThat(section.get("snippets").get(0).asText()).contains("<mark>微信公众号</mark>");
    assertThat(j.get("facets").fieldNames())
        .toIterable()
        .containsExactly(
            "county", "agency", "year", "section", "province", "city", "topic", "place");
    JsonNode jinxiang = j.get("facets").get("county").get(0);
    assertThat(jinxiang.get("value").asText()).isEqualTo("金乡县");
    assertThat(jinxiang.get("count").asInt()).isEqualTo(3);
    assertThat(jinxiang.get("selected").asBoolean()).isFalse();
  }

  @Test
  void filters_sort_and_paging_reach_the_search() throws Exception {
    CliRun r =
        run(
            "search",
            "--index",
            index.toString(),
            "--json",
            "--county",
            "金乡县",
            "--year",
            "2021",
            "--year",
            "2022",
            "--sort",
            "newest",
            "--size",
            "2",
            "--page",
            "1",
            "微信公众号");
    JsonNode j = r.json().get(0);
    assertThat(j.get("total").asInt()).isEqualTo(3);
    assertThat(j.get("results")).hasSize(2);
    assertThat(j.get("results").get(0).get("year").asInt()).isEqualTo(2022);
    assertThat(j.get("facets").get("county").get(0).get("selected").asBoolean()).isTrue();
  }

  @Test
  void batch_prints_one_json_object_per_query_line_and_errors_inline() throws Exception {
    Path batch = tmp.resolve("queries.txt");
    Files.writeString(batch, "\uFEFF微信公众号\n\n政务新媒体\n***\n行政复议\n");
    CliRun r = run("search", "--index", index.toString(), "--json", "--batch", batch.toString());
    List<JsonNode> lines = r.json();
    assertThat(lines)
        .extracting(n -> n.get("query").asText())
        .containsExactly("微信公众号", "政务新媒体", "***", "行政复议");
    assertThat(lines.get(2).get("error").asText()).isNotBlank();
    assertThat(lines.get(0).get("total").asInt()).isEqualTo(5);
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void size_over_the_cap_is_capped_with_a_notice() throws Exception {
    JsonNode j =
        run("search", "--index", index.toString(), "--json", "--size", "100000", "公开")
            .json()
            .get(0);
    assertThat(j.get("size").asInt()).isEqualTo(500);
    assertThat(j.get("notices").get(0).asText()).contains("500");
  }

  @Test
  void readable_output_and_clear_errors() {
    CliRun r = run("search", "--index", index.toString(), "微信公众号", "抖音");
    assertThat(r.out()).startsWith("查询“微信公众号 抖音”：找到 0 份报告");
    CliRun bad = run("search", "--index", tmp.resolve("missing").toString(), "微信");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err().strip()).startsWith("错误：索引不存在").doesNotContain("Exception");
    CliRun sort = run("search", "--index", index.toString(), "--sort", "best", "微信");
    assertThat(sort.code()).isEqualTo(2);
    assertThat(sort.err()).contains("--sort");
  }
}
