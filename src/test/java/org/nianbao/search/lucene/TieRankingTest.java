package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/**
 * Boilerplate makes exact score ties common: here 300 copies of one report that differ only in
 * their year, newer years later in index order, so most matching sections score exactly the same
 * and the page is decided by the tie-breaks (newer year, then index order): the best reports come
 * last, after many blocks of tied sections that must not be skipped. The fast ranking, which raises
 * its threshold above ties once they cannot win, must still equal the single scored pass.
 */
class TieRankingTest {
  @TempDir static Path tmp;
  static Path index;
  static LuceneSearchService service;
  static final int COPIES = 300;

  @BeforeAll
  static void build() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    String text =
        Files.readString(
            Path.of("src/main/resources/corpus/000_bf1f93b444d87913.txt"), StandardCharsets.UTF_8);
    for (int i = 0; i < COPIES; i++) {
      int year = 2015 + i * 10 / COPIES;
      Files.writeString(
          corpus.resolve(String.format("%03d.txt", i)), text.replace("2021", String.valueOf(year)));
    }
    index = tmp.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      assertThat(indexer.index(List.of(corpus), false, ProgressListener.NONE).skipped()).isEmpty();
    }
    service = LuceneSearchService.open(index);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  @Test
  void pages_of_tied_reports_equal_the_single_pass_ranking() throws Exception {
    int checked = 0;
    for (String q : List.of("行政复议", "公开", "政务新媒体", "申请")) {
      for (int size : List.of(1, 3, 10)) {
        List<String> expected =
            RankingOracleTest.oracle(
                index,
                new SearchRequest(
                    q, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, size));
        assertThat(expected).hasSize(COPIES);
        for (int page = 1; page <= 4; page++) {
          SearchRequest r =
              new SearchRequest(
                  q, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, page, size);
          List<String> got = service.search(r).results().stream().map(ReportHit::id).toList();
          int from = (page - 1) * size;
          assertThat(got)
              .as("%s page %d size %d", q, page, size)
              .isEqualTo(expected.subList(from, from + size));
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(48);
  }
}
