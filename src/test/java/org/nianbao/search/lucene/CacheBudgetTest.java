package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.Report;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchSettings;
import org.nianbao.search.SortOrder;

/** The caches stay within their weight budget however many distinct searches come in. */
class CacheBudgetTest {
  @TempDir Path dir;

  private static final String TEXT =
      "本机关通过政府网站、微信公众号、政务微博等平台主动公开政府信息，收到依申请公开申请，" + "行政复议和行政诉讼情况如下，存在的主要问题及改进情况，其他需要报告的事项。";

  @Test
  void many_distinct_size_50_searches_do_not_grow_the_cache_beyond_its_budget() throws Exception {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      reports.add(
          TestReports.report(
              "第" + i + "局", "县" + (i % 7), 2015 + i % 9, TEXT, TEXT.substring(i % 40) + "编号" + i));
    }
    TestReports.index(dir, reports.toArray(Report[]::new));
    Set<String> words = new LinkedHashSet<>();
    for (int i = 0; i + 2 <= TEXT.length(); i++) {
      String w = TEXT.substring(i, i + 2);
      if (Character.isIdeographic(w.charAt(0)) && Character.isIdeographic(w.charAt(1))) {
        words.add(w);
      }
    }
    long budget = 256 * 1024;
    try (LuceneSearchService service =
        LuceneSearchService.open(dir, new SearchSettings(true, true, budget))) {
      int searches = 0;
      long returnedHits = 0;
      for (String w : words) {
        for (int year = 2015; year < 2024; year++) {
          SearchRequest r =
              new SearchRequest(
                  w, List.of(), List.of(), List.of(year), List.of(), SortOrder.RELEVANCE, 1, 50);
          SearchResults res = service.search(r);
          returnedHits += res.results().size();
          searches++;
          assertThat(service.cachedBytes()).isLessThanOrEqualTo(budget);
        }
      }
      assertThat(searches).isGreaterThan(400);
      assertThat(returnedHits).isGreaterThan(4000); // pages were full enough to weigh something
      assertThat(service.cachedBytes()).isGreaterThan(budget / 2).isLessThanOrEqualTo(budget);
    }
  }

  @Test
  void the_default_budget_is_a_sixteenth_of_the_heap() {
    assertThat(SearchSettings.defaults().cacheBytes())
        .isEqualTo(Math.max(8L << 20, Runtime.getRuntime().maxMemory() / 16));
  }
}
