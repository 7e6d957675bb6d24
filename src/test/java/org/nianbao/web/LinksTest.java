package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

class LinksTest {

  @Test
  void report_ids_are_one_percent_encoded_path_segment_with_spaces_as_20() {
    assertThat(Links.reportPath("2021-金乡县 a+b/c?#&"))
        .isEqualTo("/reports/2021-%E9%87%91%E4%B9%A1%E5%8E%BF%20a%2Bb%2Fc%3F%23%26");
  }

  @Test
  void a_request_round_trips_through_its_url_without_defaults() {
    SearchRequest r =
        new SearchRequest(
            "微信 公众号",
            List.of("金乡县"),
            List.of(),
            List.of(2021),
            List.of(3),
            SortOrder.NEWEST,
            2,
            10);
    Links links = Links.of(r);
    assertThat(links.search())
        .isEqualTo(
            "/search?q=%E5%BE%AE%E4%BF%A1%20%E5%85%AC%E4%BC%97%E5%8F%B7&county=%E9%87%91%E4%B9%A1%E5%8E%BF&year=2021&section=3&sort=newest&page=2");
    assertThat(Links.of(SearchRequest.of("")).search()).isEqualTo("/search");
    assertThat(links.without("county", "金乡县").without("page").with("sort", null).search())
        .isEqualTo(
            "/search?q=%E5%BE%AE%E4%BF%A1%20%E5%85%AC%E4%BC%97%E5%8F%B7&year=2021&section=3");
    assertThat(Links.of(SearchRequest.of("公开")).section("2021-x", 3))
        .isEqualTo("/reports/2021-x?q=%E5%85%AC%E5%BC%80#s3");
  }

  @Test
  void section_names_follow_the_standard_report_outline() {
    assertThat(SectionNames.label(0, "")).isEqualTo("前言");
    assertThat(SectionNames.label(1, "总体情况")).isEqualTo("一、总体情况");
    assertThat(SectionNames.label(4, null)).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
    assertThat(SectionNames.label(12, "")).isEqualTo("十二、");
    assertThat(SectionNames.label(7, null)).isEqualTo("七、"); // past the six standard parts
    assertThat(SectionNames.facetLabel("6")).isEqualTo("六、其他需要报告的事项");
    assertThat(SectionNames.facetLabel("x")).isEqualTo("x");
    assertThat(SectionNames.numeral(20)).isEqualTo("二十");
    assertThat(SectionNames.numeral(23)).isEqualTo("二十三");
  }

  @Test
  void page_count_is_capped_by_the_maximum_page() {
    assertThat(SearchPages.pageCount(0, 10)).isEqualTo(1);
    assertThat(SearchPages.pageCount(25, 10)).isEqualTo(3);
    assertThat(SearchPages.pageCount(Long.MAX_VALUE, 1)).isEqualTo(SearchRequest.MAX_PAGE);
  }
}
