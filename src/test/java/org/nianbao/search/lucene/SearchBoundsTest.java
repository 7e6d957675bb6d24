package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.Report;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchSettings;
import org.nianbao.search.SectionHit;
import org.nianbao.search.SortOrder;

/**
 * A search stops at its deadline or when cancelled, partial; a page highlights a bounded number of
 * sections.
 */
class SearchBoundsTest {
  private static final int REPORTS = 120;
  private static final String TEXT = "本机关通过政务新媒体抖音账号发布信息，抖音粉丝持续增长。";

  @TempDir static Path dir;

  @BeforeAll
  static void index() throws Exception {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < REPORTS; i++) {
      reports.add(
          TestReports.report(
              "第" + i + "局", "县" + (i % 7), 2015 + i % 9, TEXT, TEXT, TEXT, TEXT, TEXT));
    }
    TestReports.index(dir, reports.toArray(Report[]::new));
  }

  private static SearchRequest page(String q, int size) {
    return new SearchRequest(
        q, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, size);
  }

  @Test
  void a_cancelled_search_returns_partial_results_with_a_notice_and_is_not_cached()
      throws Exception {
    try (LuceneSearchService service =
        LuceneSearchService.open(dir, new SearchSettings(true, true, 1 << 20, 0))) {
      AtomicInteger checks = new AtomicInteger();
      SearchResults cut = service.search(page("抖音", 10), () -> checks.incrementAndGet() > 0);
      assertThat(cut.partial()).isTrue();
      assertThat(cut.notices()).containsExactly(Deadline.NOTICE);
      assertThat(cut.total()).isZero(); // cancelled before the first segment
      assertThat(cut.results()).isEmpty();
      assertThat(checks.get()).isPositive();

      SearchResults full = service.search(page("抖音", 10)); // nothing of the cut search was cached
      assertThat(full.partial()).isFalse();
      assertThat(full.notices()).isEmpty();
      assertThat(full.total()).isEqualTo(REPORTS);
      assertThat(full.totalSections()).isEqualTo(REPORTS * 5L);
      assertThat(full.results()).hasSize(10);
    }
  }

  @Test
  void a_search_past_its_deadline_stops_partial() throws Exception {
    try (LuceneSearchService service =
        LuceneSearchService.open(dir, new SearchSettings(false, false, 1 << 20, 1))) {
      Thread.sleep(
          5); // nothing to warm up on purpose: the 1 ms deadline passes during the first search
      SearchResults r = service.search(page("抖音 OR 粉丝 OR 政务 OR 信息", 500));
      if (r.partial()) { // a fast machine may finish within 1 ms; then nothing is cut
        assertThat(r.notices()).contains(Deadline.NOTICE);
        assertThat(r.total()).isLessThanOrEqualTo(REPORTS);
      } else {
        assertThat(r.total()).isEqualTo(REPORTS);
      }
    }
  }

  @Test
  void a_page_of_500_reports_highlights_at_most_three_sections_per_report_and_100_in_all()
      throws Exception {
    try (LuceneSearchService service =
        LuceneSearchService.open(dir, new SearchSettings(true, true, 1 << 20, 0))) {
      SearchResults r = service.search(page("抖音", 500));
      assertThat(r.partial()).isFalse();
      assertThat(r.results()).hasSize(REPORTS);
      int highlighted = 0;
      for (int i = 0; i < r.results().size(); i++) {
        ReportHit hit = r.results().get(i);
        assertThat(hit.sections()).extracting(SectionHit::number).containsExactly(1, 2, 3, 4, 5);
        long withSnippets = hit.sections().stream().filter(s -> !s.snippets().isEmpty()).count();
        long expected = i < 33 ? 3 : i == 33 ? 1 : 0; // 33 × 3 + 1 = 100, in page order
        assertThat(withSnippets).as("report %d", i).isEqualTo(expected);
        for (int s = 0; s < withSnippets; s++) {
          assertThat(hit.sections().get(s).snippets()).isNotEmpty(); // the first matching sections
        }
        highlighted += (int) withSnippets;
      }
      assertThat(highlighted).isEqualTo(Highlights.MAX_SECTIONS_PER_PAGE);

      SearchResults small =
          service.search(page("抖音", 10)); // a page of 10 highlights 3 of each report's 5
      assertThat(small.results())
          .allSatisfy(
              h ->
                  assertThat(h.sections().stream().filter(s -> !s.snippets().isEmpty()).count())
                      .isEqualTo(3));
    }
  }

  @Test
  void the_deadline_is_read_from_a_system_property() {
    System.setProperty("nianbao.search-timeout-ms", "1234");
    try {
      assertThat(SearchSettings.fromSystemProperties().timeoutMs()).isEqualTo(1234);
    } finally {
      System.clearProperty("nianbao.search-timeout-ms");
    }
    assertThat(SearchSettings.fromSystemProperties().timeoutMs())
        .isEqualTo(SearchSettings.DEFAULT_TIMEOUT_MS);
    assertThat(SearchSettings.defaults().timeoutMs()).isEqualTo(5000);
  }
}
