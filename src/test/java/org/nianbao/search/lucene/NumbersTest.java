package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.search.lucene.TestReports.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/** {@code numbers()}: the statistics of every report matching a query and filters. */
class NumbersTest {
  @TempDir static Path dir;
  @TempDir static Path bundled;
  static LuceneSearchService service;

  @BeforeAll
  static void build() throws Exception {
    TestReports.index(
        dir,
        report(
            "甲县教育局",
            "甲县",
            2021,
            "通过微信公众号发布信息。",
            "主动公开。",
            StatTexts.requests(7, 2),
            StatTexts.reviews(3, 1, 2)),
        report(
            "甲县教育局",
            "甲县",
            2022,
            "开通抖音。",
            "主动公开。",
            StatTexts.requests(12, 0),
            StatTexts.reviews(1, 0, 0)),
        report("乙区民政局", "乙区", 2022, "政务新媒体包括微信公众号。", "主动公开。", StatTexts.requests(4, 1), "本年无复议。"),
        report("乙区财政局", "乙区", 2020, "没有表格。"));
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  static String line(ReportNumbers n) {
    return n.id()
        + " "
        + n.agency()
        + " "
        + n.county()
        + " "
        + n.year()
        + " "
        + new java.util.TreeMap<>(n.values())
        + (n.unreadable() ? " unreadable" : "");
  }

  @Test
  void every_matching_report_with_its_measures() throws Exception {
    assertThat(service.numbers(SearchRequest.of("")).stream().map(NumbersTest::line).toList())
        .containsExactly( // index order: newest year first, then in the order indexed
            "2022-甲县教育局 甲县教育局 甲县 2022 {carried_forward=0, carried_over=0, denied=0, denied_enforcement=0, "
                + "denied_internal=0, denied_law=0, denied_process=0, denied_query=0, denied_safety=0, denied_secret=0, "
                + "denied_third_party=0, granted=12, handled_total=12, litigation_after_review_total=0, litigation_corrected=0, "
                + "litigation_direct_total=0, litigation_total=0, new_requests=12, partial=0, review_corrected=0, review_total=1}",
            "2022-乙区民政局 乙区民政局 乙区 2022 {carried_forward=0, carried_over=0, denied=1, denied_enforcement=0, "
                + "denied_internal=0, denied_law=0, denied_process=0, denied_query=0, denied_safety=0, denied_secret=1, "
                + "denied_third_party=0, granted=4, handled_total=5, new_requests=5, partial=0}",
            "2021-甲县教育局 甲县教育局 甲县 2021 {carried_forward=0, carried_over=0, denied=2, denied_enforcement=0, "
                + "denied_internal=0, denied_law=0, denied_process=0, denied_query=0, denied_safety=0, denied_secret=2, "
                + "denied_third_party=0, granted=7, handled_total=9, litigation_after_review_total=0, litigation_corrected=0, "
                + "litigation_direct_total=2, litigation_total=2, new_requests=9, partial=0, review_corrected=1, review_total=3}",
            "2020-乙区财政局 乙区财政局 乙区 2020 {}");
  }

  @Test
  void the_query_and_filters_choose_the_reports() throws Exception {
    SearchRequest request =
        new SearchRequest(
            "微信公众号", List.of("乙区"), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 10);
    assertThat(service.numbers(request))
        .extracting(ReportNumbers::id)
        .containsExactly("2022-乙区民政局");
    assertThat(service.numbers(SearchRequest.of("微信公众号")))
        .extracting(ReportNumbers::id)
        .containsExactly("2022-乙区民政局", "2021-甲县教育局");
  }

  @Test
  void bundled_corpus_numbers_and_the_unreadable_flag() throws Exception {
    BundledIndex.ensure(bundled);
    try (LuceneSearchService s = LuceneSearchService.open(bundled)) {
      List<ReportNumbers> all = s.numbers(SearchRequest.of(""));
      assertThat(all).hasSize(5);
      assertThat(
              all.stream()
                  .map(
                      n ->
                          n.year()
                              + ":"
                              + n.values().get("new_requests")
                              + ":"
                              + n.values().get("review_total"))
                  .toList())
          .containsExactly("2021:0:0", "2021:0:0", "2020:0:0", "2024:0:0", "2022:2:0");
      assertThat(all.stream().filter(ReportNumbers::unreadable).map(ReportNumbers::year).toList())
          .isEqualTo(List.of(2020, 2022));
      assertThat(Map.copyOf(all.getFirst().values())).hasSize(21);
    }
  }
}
