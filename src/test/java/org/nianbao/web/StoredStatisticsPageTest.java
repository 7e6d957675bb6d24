package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.stats.Statistics;
import org.nianbao.stats.StatisticsExtractor;

/**
 * The report page and {@code /api/reports/{id}} use the statistics stored in the index instead of
 * extracting the tables on every view: for the bundled samples, the real PDF and DOC fixtures and
 * 20 real reports, the stored statistics equal a fresh extraction and the page built from them
 * equals the page built by extracting.
 */
class StoredStatisticsPageTest {
  @TempDir Path tmp;

  @Test
  void stored_statistics_give_the_same_page_as_extracting() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/corpus"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    for (String f : List.of("hongze-2023.pdf", "hongze-2024.pdf", "siyang-jiaotong-2023.doc")) {
      Files.copy(Path.of("src/test/resources/real-files", f), corpus.resolve(f));
    }
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/real"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(20).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Path index = tmp.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      indexer.index(List.of(corpus), false, ProgressListener.NONE);
    }
    int withTables = 0;
    int checked = 0;
    try (LuceneSearchService service = LuceneSearchService.open(index)) {
      for (ReportNumbers n : service.numbers(SearchRequest.of(""))) {
        MarkedReport stored = service.report(n.id(), "公开").orElseThrow();
        Statistics s = stored.statistics();
        assertThat(s).as(n.id()).isNotNull();
        assertThat(s).as(n.id()).isEqualTo(StatisticsExtractor.extract(stored.report()));
        if (s.requests() != null) {
          withTables++;
        }
        MarkedReport extracting = new MarkedReport(stored.report(), stored.marks());
        Links back = Links.of(SearchRequest.of("公开"));
        assertThat(ReportPages.build(stored, "公开", back, List.of(), null).toString())
            .as(n.id())
            .isEqualTo(ReportPages.build(extracting, "公开", back, List.of(), null).toString());
        assertThat(org.nianbao.index.Json.line(ReportJson.of(stored)))
            .as(n.id())
            .isEqualTo(org.nianbao.index.Json.line(ReportJson.of(extracting)));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(28);
    assertThat(withTables).isEqualTo(8);
  }
}
