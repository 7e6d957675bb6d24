package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.search.lucene.TestReports.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.Mark;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;
import org.nianbao.search.Snippet;
import org.nianbao.search.SortOrder;

class SearchServiceTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void build() throws Exception {
    TestReports.index(
        dir,
        report("甲县教育局", "甲县", 2021, "通过微信公众号发布信息。", "本年无行政复议。"),
        report("甲县卫生健康局", "甲县", 2022, "开通微信和公众号。微信号为ABC-123。", "没有<script>alert(1)</script>的信息。"),
        report("乙区民政局", "乙区", 2022, "政务新媒体包括微信公众号、抖音。", "收到行政復議申请1件。"),
        report("乙区财政局", "乙区", 2020, "公众号与微信分开运营。", "网址 www.yiqu.gov.cn 可查阅。"),
        report("丙市发展和改革委员会", null, 2021, "其他事项。", "微信公众号另行报告。"));
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  static List<String> ids(SearchResults r) {
    return r.results().stream().map(ReportHit::id).toList();
  }

  static Map<String, Long> counts(SearchResults r, String facet) {
    return r.facets().get(Facet.valueOf(facet.toUpperCase(java.util.Locale.ROOT))).stream()
        .collect(
            Collectors.toMap(
                FacetValue::value, FacetValue::count, (a, b) -> a, java.util.TreeMap::new));
  }

  @Test
  void a_run_of_text_is_an_exact_phrase() throws Exception {
    SearchResults r = service.search(TestReports.request("微信公众号"));
    assertThat(ids(r)).containsExactlyInAnyOrder("2021-甲县教育局", "2022-乙区民政局", "2021-丙市发展和改革委员会");
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.totalSections()).isEqualTo(3);
  }

  @Test
  void spaces_mean_and_or_gives_alternatives_and_minus_excludes() throws Exception {
    assertThat(ids(service.search(TestReports.request("微信公众号 抖音")))).containsExactly("2022-乙区民政局");
    assertThat(ids(service.search(TestReports.request("抖音 OR 微信号"))))
        .containsExactlyInAnyOrder("2022-乙区民政局", "2022-甲县卫生健康局");
    assertThat(ids(service.search(TestReports.request("抖音|微信号"))))
        .containsExactlyInAnyOrder("2022-乙区民政局", "2022-甲县卫生健康局");
    assertThat(ids(service.search(TestReports.request("微信公众号 -抖音"))))
        .containsExactlyInAnyOrder("2021-甲县教育局", "2021-丙市发展和改革委员会");
  }

  @Test
  void the_unit_is_the_report_with_scopes_years_proximity_and_notices() throws Exception {
    // 微信公众号 in section 1, 行政复议 in section 2: the same report, different sections
    SearchResults both = service.search(TestReports.request("微信公众号 行政复议"));
    assertThat(ids(both)).containsExactlyInAnyOrder("2021-甲县教育局", "2022-乙区民政局");
    assertThat(both.totalSections()).isEqualTo(4);
    assertThat(counts(both, "section").values())
        .allMatch(c -> c == 0); // no single section holds both
    SearchResults without = service.search(TestReports.request("-微信"));
    assertThat(ids(without)).isEmpty();
    SearchResults noTiktok = service.search(TestReports.request("-抖音"));
    assertThat(noTiktok.total()).isEqualTo(4);
    assertThat(noTiktok.results()).allSatisfy(h -> assertThat(h.sections()).isEmpty());
    assertThat(ids(service.search(TestReports.request("标题:教育局 OR 机构:民政"))))
        .containsExactlyInAnyOrder("2021-甲县教育局", "2022-乙区民政局");
    assertThat(ids(service.search(TestReports.request("地区:乙区 -年份:2020"))))
        .containsExactly("2022-乙区民政局");
    assertThat(ids(service.search(TestReports.request("year:[2021 TO 2021] 微信"))))
        .containsExactlyInAnyOrder("2021-甲县教育局", "2021-丙市发展和改革委员会");
    assertThat(ids(service.search(TestReports.request("\"微信 抖音\"~4"))))
        .containsExactly("2022-乙区民政局");
    assertThat(ids(service.search(TestReports.request("\"微信 抖音\"~3")))).isEmpty();
    assertThat(ids(service.search(TestReports.request("\"政务 抖音\"~10")))).isEmpty();
    assertThat(ids(service.search(TestReports.request("\"政务 抖音\"~11"))))
        .containsExactly("2022-乙区民政局");
    SearchResults dangling = service.search(TestReports.request("抖音 OR"));
    assertThat(ids(dangling)).containsExactly("2022-乙区民政局");
    assertThat(dangling.notices()).hasSize(1);
  }

  @Test
  void traditional_and_simplified_match_each_other() throws Exception {
    assertThat(ids(service.search(TestReports.request("行政复议"))))
        .containsExactlyInAnyOrder("2021-甲县教育局", "2022-乙区民政局");
    assertThat(ids(service.search(TestReports.request("行政復議"))))
        .containsExactlyInAnyOrder("2021-甲县教育局", "2022-乙区民政局");
  }

  @Test
  void full_width_input_and_chinese_quotes_are_folded() throws Exception {
    assertThat(ids(service.search(TestReports.request("ａｂｃ")))).containsExactly("2022-甲县卫生健康局");
    assertThat(ids(service.search(TestReports.request("“微信公众号”")))).hasSize(3);
    assertThat(ids(service.search(TestReports.request("「微信 公众号」")))).hasSize(3);
    assertThat(ids(service.search(TestReports.request("YIQU")))).containsExactly("2020-乙区财政局");
  }

  @Test
  void snippets_are_escaped_and_marked() throws Exception {
    SearchResults r = service.search(TestReports.request("alert"));
    assertThat(r.results()).hasSize(1);
    SectionHit s = r.results().get(0).sections().get(0);
    assertThat(s.number()).isEqualTo(2);
    // as HTML: "没有&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;的信息。" (web.HtmlTest)
    assertThat(s.snippets())
        .containsExactly(new Snippet("没有<script>alert(1)</script>的信息。", List.of(new Mark(10, 15))));
    SearchResults w = service.search(TestReports.request("微信公众号"));
    ReportHit edu =
        w.results().stream().filter(h -> h.id().equals("2021-甲县教育局")).findFirst().orElseThrow();
    assertThat(edu.sections())
        .extracting(SectionHit::snippets)
        .containsExactly(List.of(new Snippet("通过微信公众号发布信息。", List.of(new Mark(2, 7)))));
  }

  @Test
  void facets_count_reports_and_stay_visible_for_other_values_when_one_is_selected()
      throws Exception {
    SearchResults all = service.search(TestReports.request("微信"));
    assertThat(all.total()).isEqualTo(5);
    assertThat(counts(all, "county"))
        .containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("甲县", 2L, "乙区", 2L, "未识别", 1L)));
    assertThat(counts(all, "year"))
        .isEqualTo(new java.util.TreeMap<>(Map.of("2020", 1L, "2021", 2L, "2022", 2L)));
    assertThat(counts(all, "section")).isEqualTo(new java.util.TreeMap<>(Map.of("1", 4L, "2", 1L)));

    SearchRequest oneCounty =
        new SearchRequest(
            "微信", List.of("甲县"), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 10);
    SearchResults r = service.search(oneCounty);
    assertThat(ids(r)).containsExactlyInAnyOrder("2021-甲县教育局", "2022-甲县卫生健康局");
    assertThat(counts(r, "county"))
        .isEqualTo(new java.util.TreeMap<>(Map.of("甲县", 2L, "乙区", 2L, "未识别", 1L)));
    assertThat(r.facets().get(Facet.COUNTY))
        .contains(new FacetValue("甲县", 2, true), new FacetValue("乙区", 2, false));
    assertThat(counts(r, "year"))
        .isEqualTo(new java.util.TreeMap<>(Map.of("2021", 1L, "2022", 1L)));

    SearchRequest countyAndYear =
        new SearchRequest(
            "微信",
            List.of("甲县", "乙区"),
            List.of(),
            List.of(2022),
            List.of(),
            SortOrder.RELEVANCE,
            1,
            10);
    SearchResults cy = service.search(countyAndYear);
    assertThat(ids(cy)).containsExactlyInAnyOrder("2022-甲县卫生健康局", "2022-乙区民政局");
    assertThat(counts(cy, "county")).isEqualTo(new java.util.TreeMap<>(Map.of("甲县", 1L, "乙区", 1L)));
    assertThat(counts(cy, "year"))
        .isEqualTo(new java.util.TreeMap<>(Map.of("2020", 1L, "2021", 1L, "2022", 2L)));
  }

  @Test
  void section_facet_filters_matching_sections() throws Exception {
    SearchRequest sec2 =
        new SearchRequest(
            "微信", List.of(), List.of(), List.of(), List.of(2), SortOrder.RELEVANCE, 1, 10);
    SearchResults r = service.search(sec2);
    assertThat(ids(r)).containsExactly("2021-丙市发展和改革委员会");
    assertThat(r.results().get(0).sections()).extracting(SectionHit::number).containsExactly(2);
    assertThat(counts(r, "section")).isEqualTo(new java.util.TreeMap<>(Map.of("1", 4L, "2", 1L)));
    assertThat(counts(r, "county")).isEqualTo(Map.of("未识别", 1L));
    assertThat(counts(r, "year")).isEqualTo(Map.of("2021", 1L));
  }

  @Test
  void reports_without_a_county_are_counted_and_found_under_unknown() throws Exception {
    SearchResults all = service.search(TestReports.request("微信"));
    List<FacetValue> county = all.facets().get(Facet.COUNTY);
    assertThat(county.get(county.size() - 1))
        .isEqualTo(new FacetValue("未识别", 1, false)); // listed last
    assertThat(all.facets().get(Facet.PROVINCE)).containsExactly(new FacetValue("未识别", 5, false));
    SearchRequest unknown =
        new SearchRequest(
            "微信", List.of("未识别"), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 10);
    SearchResults r = service.search(unknown);
    assertThat(ids(r)).containsExactly("2021-丙市发展和改革委员会");
    assertThat(r.facets().get(Facet.COUNTY))
        .contains(new FacetValue("未识别", 1, true), new FacetValue("甲县", 2, false));
    SearchRequest both =
        new SearchRequest(
            "微信",
            List.of("未识别", "乙区"),
            List.of(),
            List.of(),
            List.of(),
            SortOrder.RELEVANCE,
            1,
            10);
    assertThat(ids(service.search(both)))
        .containsExactlyInAnyOrder("2021-丙市发展和改革委员会", "2022-乙区民政局", "2020-乙区财政局");
    SearchRequest none =
        new SearchRequest(
            "微信", List.of("不存在县"), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 10);
    assertThat(service.search(none).total()).isZero();
  }

  @Test
  void cached_counts_are_the_same_for_every_page_and_sort() throws Exception {
    SearchResults first =
        service.search(
            new SearchRequest(
                "微信", List.of("甲县"), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 1));
    for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.OLDEST)) {
      for (int page = 1; page <= 3; page++) {
        SearchResults r =
            service.search(
                new SearchRequest(
                    "微信", List.of("甲县"), List.of(), List.of(), List.of(), sort, page, 1));
        assertThat(r.total()).isEqualTo(first.total());
        assertThat(r.totalSections()).isEqualTo(first.totalSections());
        assertThat(r.facets()).isEqualTo(first.facets());
        assertThat(r.results()).hasSize(page <= first.total() ? 1 : 0);
      }
    }
    SearchResults other =
        service.search(
            new SearchRequest(
                "微信", List.of("乙区"), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 1));
    assertThat(other.facets().get(Facet.COUNTY)).contains(new FacetValue("乙区", 2, true));
  }

  @Test
  void empty_query_browses_newest_first() throws Exception {
    SearchResults r = service.search(TestReports.request(""));
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.results())
        .extracting(ReportHit::year)
        .containsExactly(2022, 2022, 2021, 2021, 2020);
  }

  @Test
  void sort_and_paging() throws Exception {
    SearchRequest oldest =
        new SearchRequest("微信", List.of(), List.of(), List.of(), List.of(), SortOrder.OLDEST, 2, 2);
    SearchResults r = service.search(oldest);
    assertThat(r.results()).extracting(ReportHit::year).containsExactly(2021, 2022);
    assertThat(r.page()).isEqualTo(2);
  }

  @Test
  void garbage_queries_never_throw_unexpectedly() throws Exception {
    for (String q :
        List.of(
            "\"",
            "((",
            "*",
            "OR",
            "-",
            "| |",
            "\u0000\u200b\ufeff",
            "微信\"公众号",
            "NOT",
            "a:b^2~",
            "😀",
            "𠀀")) {
      try {
        service.search(TestReports.request(q));
      } catch (QueryException e) {
        assertThat(e.getMessage()).isNotBlank();
      }
    }
    assertThatThrownBy(() -> service.search(TestReports.request("微".repeat(201))))
        .isInstanceOf(QueryException.class)
        .hasMessageContaining("200");
    assertThatThrownBy(() -> service.search(TestReports.request("***")))
        .isInstanceOf(QueryException.class);
  }

  @Test
  void report_is_rebuilt_from_the_index_with_marks() {
    MarkedReport m = service.report("2022-乙区民政局", "微信公众号").orElseThrow();
    assertThat(m.report().sections()).extracting(s -> s.number()).containsExactly(0, 1, 2);
    assertThat(m.report().county()).isEqualTo("乙区");
    String text = m.report().sections().get(1).text();
    assertThat(m.marks()).containsOnlyKeys(1);
    Mark mark = m.marks().get(1).get(0);
    assertThat(text.substring(mark.start(), mark.end())).isEqualTo("微信公众号");
    assertThat(service.report("nope", "")).isEmpty();
  }
}
