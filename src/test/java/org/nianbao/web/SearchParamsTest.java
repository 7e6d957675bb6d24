package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

class SearchParamsTest {

  private static SearchRequest parse(Map<String, List<String>> params) {
    return SearchParams.parse(params);
  }

  @Test
  void no_parameters_is_the_default_request() {
    assertThat(parse(Map.of())).isEqualTo(SearchRequest.of(""));
  }

  @Test
  void repeated_filters_are_a_multi_select_without_duplicates_or_blanks() {
    SearchRequest r =
        parse(
            Map.of(
                "q", List.of("  微信 公众号 "),
                "county", List.of("金乡县", " 高青县 ", "金乡县", ""),
                "year", List.of("2021", "2020", "2021"),
                "section", List.of("3", "0"),
                "sort", List.of("OLDEST"),
                "page", List.of("3"),
                "size", List.of("50")));
    assertThat(r)
        .isEqualTo(
            new SearchRequest(
                "  微信 公众号 ",
                List.of("金乡县", "高青县"),
                List.of(),
                List.of(2021, 2020),
                List.of(3, 0),
                SortOrder.OLDEST,
                3,
                50));
  }

  @Test
  void province_and_city_are_repeatable_filters_and_links_keep_them() {
    SearchRequest r =
        parse(
            Map.of(
                "province",
                List.of("江苏省", " 山东省 ", "江苏省"),
                "city",
                List.of("济宁市", ""),
                "county",
                List.of("金乡县")));
    assertThat(r.provinces()).containsExactly("江苏省", "山东省");
    assertThat(r.cities()).containsExactly("济宁市");
    assertThat(r.counties()).containsExactly("金乡县");
    assertThat(Links.of(r).search())
        .isEqualTo(
            "/search?province="
                + Links.encode("江苏省")
                + "&province="
                + Links.encode("山东省")
                + "&city="
                + Links.encode("济宁市")
                + "&county="
                + Links.encode("金乡县"));
  }

  @Test
  void size_above_the_maximum_is_left_for_the_core_to_cap() {
    assertThat(parse(Map.of("size", List.of("100000"))).size()).isEqualTo(100000);
  }

  @Test
  void topics_and_the_unknown_year_are_filters_that_links_keep() {
    SearchRequest r =
        parse(
            Map.of(
                "topic", List.of("复议诉讼", "总体情况", " "),
                "year", List.of("未识别", "2021"),
                "section", List.of("4")));
    assertThat(r.topics()).containsExactly("复议诉讼", "总体情况");
    assertThat(r.years()).containsExactly(SearchRequest.UNKNOWN_YEAR, 2021);
    assertThat(r.sections()).containsExactly(4);
    assertThat(Links.of(r).search())
        .isEqualTo(
            "/search?year="
                + Links.encode("未识别")
                + "&year=2021&section=4&topic="
                + Links.encode("复议诉讼")
                + "&topic="
                + Links.encode("总体情况"));
    assertThatThrownBy(() -> parse(Map.of("year", List.of("未知"))))
        .hasMessageContaining("年度必须是整数：未知（或“未识别”）");
  }

  @Test
  void unknown_facet_values_are_fine() {
    assertThat(parse(Map.of("agency", List.of("<不存在>"))).agencies()).containsExactly("<不存在>");
  }

  @Test
  void bad_values_are_400_with_a_chinese_message() {
    Map<String, String> bad =
        Map.of(
            "page", "页码必须是 1 到 10000 之间的整数",
            "year", "年度必须是整数",
            "section", "章节必须是整数",
            "sort", "排序方式只能是相关度、最新或最早",
            "size", "每页条数必须是正整数");
    for (var e : bad.entrySet()) {
      for (String value : List.of("abc", "1.5", "-1", "99999999999")) {
        if (e.getKey().equals("year") && value.equals("-1")
            || e.getKey().equals("section") && value.equals("-1")) {
          continue; // negative numbers are integers; the core just finds nothing
        }
        assertThatThrownBy(() -> parse(Map.of(e.getKey(), List.of(value))))
            .as(e.getKey() + "=" + value)
            .isInstanceOf(HttpProblem.class)
            .hasMessageStartingWith(e.getValue())
            .satisfies(t -> assertThat(((HttpProblem) t).status()).isEqualTo(400));
      }
    }
    assertThatThrownBy(() -> parse(Map.of("page", List.of("0")))).isInstanceOf(HttpProblem.class);
    assertThatThrownBy(() -> parse(Map.of("page", List.of("10001"))))
        .isInstanceOf(HttpProblem.class);
    assertThat(parse(Map.of("page", List.of("10000"))).page()).isEqualTo(10000);
  }
}
