package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.search.lucene.TestReports.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.Report;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;

/**
 * A conjunction whose rare leaf leads ({@link LeafPlan}: 区块链 is in 2 of 20 reports, so 网站 is
 * searched only inside those two) gives the same exact totals, listed sections and section facet as
 * the definition: worked out by hand below.
 */
class LeafPlanTest {
  @TempDir static Path dir;
  static LuceneSearchService service;

  @BeforeAll
  static void build() throws Exception {
    System.setProperty("nianbao.lead-divisor", "4"); // off by default; on for this test
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String one = i < 18 ? "本机关网站发布信息。" : "其他事项。";
      String two = i == 0 || i == 19 ? "试点区块链存证。" : "无。";
      String three = i == 1 ? "区块" : i == 19 ? "其他。" : "网站维护。";
      reports.add(report("机关" + (char) ('甲' + i), "甲县", 2000 + i, one, two, three));
    }
    TestReports.index(dir, reports.toArray(Report[]::new));
    service = LuceneSearchService.open(dir);
  }

  @AfterAll
  static void close() {
    System.clearProperty("nianbao.lead-divisor");
    service.close();
  }

  static SearchResults search(String q, List<Integer> sections) throws Exception {
    return service.search(
        new SearchRequest(q, List.of(), List.of(), List.of(), sections, SortOrder.NEWEST, 1, 50));
  }

  @Test
  void the_rare_leaf_leads_and_counts_stay_exact() throws Exception {
    SearchResults both = search("区块链 网站", List.of());
    assertThat(both.results()).extracting(h -> h.id()).containsExactly("2000-机关甲");
    assertThat(both.total()).isEqualTo(1);
    assertThat(both.totalSections()).isEqualTo(3); // sections 1 (网站), 2 (区块链), 3 (网站)
    assertThat(SearchServiceTest.counts(both, "section")).isEmpty(); // never both in one section

    SearchResults without = search("区块链 -网站", List.of());
    assertThat(without.results())
        .extracting(h -> h.id())
        .containsExactly("2019-机关" + (char) ('甲' + 19));
    assertThat(without.total()).isEqualTo(1);
    assertThat(without.totalSections()).isEqualTo(1);
    assertThat(SearchServiceTest.counts(without, "section")).isEqualTo(Map.of("2", 2L));

    // the unit is sections 2 and 3: 区块链 (2) and 网站 (3) in 机关甲 only
    SearchResults unit = search("区块链 网站", List.of(2, 3));
    assertThat(unit.total()).isEqualTo(1);
    assertThat(unit.totalSections()).isEqualTo(2);
    assertThat(search("区块链 网站", List.of(1, 2)).total()).isEqualTo(1);
    assertThat(search("区块链 网站", List.of(2)).total()).isZero();
    // 区块 (in 3 reports) leads; 网站 is in two of them (机关甲: 区块链; the second: 区块)
    assertThat(search("网站 区块", List.of()).total()).isEqualTo(2);
  }
}
