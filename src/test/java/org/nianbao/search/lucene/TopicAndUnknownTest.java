package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.geo.Place;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;
import org.nianbao.search.SortOrder;

/**
 * Issue 12: the topic facet and filter (the unit is the sections of the selected topics, so 复议诉讼
 * never finds an older report's 四、收费及减免情况), and 未识别 for a missing year, county or agency, counted
 * and selectable. Exact values on a four-report index.
 */
class TopicAndUnknownTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  static Section s(int n, String topic, String title, String text) {
    return new Section(n, topic, title, text, List.of());
  }

  static Report report(
      String id, String agency, String county, Integer year, List<Section> sections) {
    Place place = county == null ? null : new Place("山东省", "37", "济宁市", "3708", county, null);
    return new Report(
        "/data/" + id + ".txt", id, agency + "年度报告", agency, place, year, sections, List.of());
  }

  @BeforeAll
  static void build() throws Exception {
    TestReports.index(
        dir,
        report(
            "new",
            "甲县教育局",
            "甲县",
            2021,
            List.of(
                s(0, "概述", "", "本报告由甲县教育局编制。"),
                s(1, "总体情况", "总体情况", "通过微信公众号发布信息。"),
                s(4, "复议诉讼", "政府信息公开行政复议、行政诉讼情况", "行政复议2件。"))),
        report(
            "old",
            "甲县民政局",
            "甲县",
            2015,
            List.of(
                s(0, "概述", "", "本报告由甲县民政局编制。"),
                s(4, "收费减免", "收费及减免情况", "行政复议相关收费0元。"),
                s(5, "复议诉讼", "因政府信息公开申请行政复议、提起行政诉讼的情况", "无。"))),
        report(
            "older",
            "乙县财政局",
            "乙县",
            2016,
            List.of(
                s(0, "概述", "", "本报告由乙县财政局编制。"),
                s(4, "收费减免", "收费及减免情况", "未收取费用。"),
                s(5, "复议诉讼", "行政复议情况", "行政复议1件，微信公众号答复。"))),
        report(
            "unknown",
            "某单位",
            null,
            null,
            List.of(s(0, "概述", "", "本报告由某单位编制。"), s(1, null, "一些说明", "行政复议未发生。"))));
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  static SearchRequest req(String q) {
    return new SearchRequest(
        q, List.of(), List.of(), List.of(), List.of(), SortOrder.NEWEST, 1, 10);
  }

  static List<String> ids(SearchResults r) {
    return r.results().stream().map(ReportHit::id).toList();
  }

  static Map<String, Long> counts(SearchResults r, Facet f) {
    Map<String, Long> out = new TreeMap<>();
    r.facets().get(f).forEach(v -> out.put(v.value(), v.count()));
    return out;
  }

  static List<String> order(SearchResults r, Facet f) {
    return r.facets().get(f).stream().map(FacetValue::value).toList();
  }

  @Test
  void the_topic_filter_searches_only_the_sections_of_that_topic() throws Exception {
    SearchResults all = service.search(req("行政复议"));
    assertThat(ids(all)).containsExactly("new", "older", "old", "unknown");
    assertThat(order(all, Facet.TOPIC)).containsExactly("复议诉讼", "收费减免", "未识别");
    assertThat(counts(all, Facet.TOPIC)).isEqualTo(Map.of("收费减免", 1L, "复议诉讼", 2L, "未识别", 1L));
    assertThat(counts(all, Facet.SECTION)).isEqualTo(Map.of("1", 1L, "4", 2L, "5", 1L));

    SearchResults appeals = service.search(req("行政复议").withTopics(List.of("复议诉讼")));
    assertThat(ids(appeals)).containsExactly("new", "older"); // not old's 四、收费及减免情况
    assertThat(appeals.totalSections()).isEqualTo(2);
    assertThat(
            appeals.results().stream()
                .flatMap(h -> h.sections().stream())
                .map(SectionHit::number)
                .toList())
        .containsExactly(4, 5);
    // drill-sideways: the topic facet ignores its own selection, the section facet keeps it
    assertThat(counts(appeals, Facet.TOPIC)).isEqualTo(Map.of("收费减免", 1L, "复议诉讼", 2L, "未识别", 1L));
    assertThat(appeals.facets().get(Facet.TOPIC))
        .contains(new FacetValue("复议诉讼", 2, true), new FacetValue("收费减免", 1, false));
    assertThat(counts(appeals, Facet.SECTION)).isEqualTo(Map.of("4", 1L, "5", 1L));
    assertThat(counts(appeals, Facet.YEAR)).isEqualTo(Map.of("2021", 1L, "2016", 1L));

    // section=4 and topic=复议诉讼: only sections numbered 4 of that topic
    SearchResults four =
        service.search(
            new SearchRequest(
                    "行政复议", List.of(), List.of(), List.of(), List.of(4), SortOrder.NEWEST, 1, 10)
                .withTopics(List.of("复议诉讼")));
    assertThat(ids(four)).containsExactly("new");
    assertThat(counts(four, Facet.TOPIC)).isEqualTo(Map.of("收费减免", 1L, "复议诉讼", 1L));
    assertThat(counts(four, Facet.SECTION)).isEqualTo(Map.of("4", 1L, "5", 1L));

    // several topics are OR'ed; a report-level query spans the unit's sections
    SearchResults both = service.search(req("行政复议 微信公众号").withTopics(List.of("复议诉讼", "总体情况")));
    assertThat(ids(both)).containsExactly("new", "older");
    assertThat(
            service.search(req("行政复议 微信公众号").withTopics(List.of("复议诉讼"))).results().stream()
                .map(ReportHit::id)
                .toList())
        .containsExactly("older");
  }

  @Test
  void browsing_by_topic_counts_reports_having_such_a_section() throws Exception {
    SearchResults browse = service.search(req(""));
    assertThat(counts(browse, Facet.TOPIC))
        .isEqualTo(Map.of("概述", 4L, "总体情况", 1L, "复议诉讼", 3L, "收费减免", 2L, "未识别", 1L));
    assertThat(order(browse, Facet.TOPIC)).containsExactly("概述", "总体情况", "复议诉讼", "收费减免", "未识别");
    SearchResults fees = service.search(req("").withTopics(List.of("收费减免")));
    assertThat(ids(fees)).containsExactly("older", "old");
    assertThat(fees.totalSections()).isEqualTo(2);
    SearchResults untitled = service.search(req("").withTopics(List.of(FacetValue.UNKNOWN)));
    assertThat(ids(untitled)).containsExactly("unknown");
    assertThat(service.search(req("").withTopics(List.of("不存在"))).total()).isZero();
  }

  @Test
  void unknown_year_county_and_agency_are_counted_and_selectable() throws Exception {
    SearchResults all = service.search(req("行政复议"));
    assertThat(order(all, Facet.YEAR)).containsExactly("2021", "2016", "2015", "未识别");
    assertThat(counts(all, Facet.YEAR))
        .isEqualTo(Map.of("2021", 1L, "2016", 1L, "2015", 1L, "未识别", 1L));
    assertThat(counts(all, Facet.COUNTY)).isEqualTo(Map.of("甲县", 2L, "乙县", 1L, "未识别", 1L));
    assertThat(counts(all, Facet.PROVINCE)).isEqualTo(Map.of("山东省", 3L, "未识别", 1L));

    SearchResults noYear =
        service.search(
            new SearchRequest(
                "行政复议",
                List.of(),
                List.of(),
                List.of(SearchRequest.UNKNOWN_YEAR),
                List.of(),
                SortOrder.NEWEST,
                1,
                10));
    assertThat(ids(noYear)).containsExactly("unknown");
    assertThat(noYear.facets().get(Facet.YEAR)).contains(new FacetValue("未识别", 1, true));
    assertThat(counts(noYear, Facet.COUNTY)).isEqualTo(Map.of("未识别", 1L));

    SearchResults yearOrUnknown =
        service.search(
            new SearchRequest(
                "",
                List.of(),
                List.of(),
                List.of(2015, SearchRequest.UNKNOWN_YEAR),
                List.of(),
                SortOrder.NEWEST,
                1,
                10));
    assertThat(ids(yearOrUnknown)).containsExactly("old", "unknown"); // no year: last
    SearchResults noCounty =
        service.search(
            new SearchRequest(
                "",
                List.of(FacetValue.UNKNOWN),
                List.of(),
                List.of(),
                List.of(),
                SortOrder.NEWEST,
                1,
                10));
    assertThat(ids(noCounty)).containsExactly("unknown");
    assertThat(counts(noCounty, Facet.YEAR)).isEqualTo(Map.of("未识别", 1L));
  }
}
