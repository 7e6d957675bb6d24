package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.search.lucene.TestReports.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;

/** {@link ReportIndexer#addAll} gives the ids that {@link ReportIndexer#add} gives one by one. */
class AddAllTest {
  @TempDir Path one;
  @TempDir Path all;

  @Test
  void a_batch_gets_the_ids_of_one_by_one_adds() throws Exception {
    List<Report> reports =
        List.of(
            report("甲局", "县1", 2020, "公开"),
            report("乙局", "县2", 2021, "公开"),
            report("甲局", "县1", 2020, "复议"), // the same base id, another file
            report("甲局", "县1", 2020, "诉讼"));
    List<String> keys = List.of("/k/1", "/k/2", "/k/3", "/k/4");
    List<String> byOne = new ArrayList<>();
    try (ReportIndexer indexer = ReportIndexer.open(one)) {
      for (int i = 0; i < reports.size(); i++) {
        byOne.add(indexer.add(reports.get(i), keys.get(i), "fp"));
      }
      indexer.commit();
    }
    try (ReportIndexer indexer = ReportIndexer.open(all)) {
      assertThat(indexer.addAll(reports, keys, "fp")).isEqualTo(byOne);
      // again: the same keys keep their ids
      assertThat(indexer.addAll(reports, keys, "fp")).isEqualTo(byOne);
      indexer.commit();
    }
    assertThat(byOne).containsExactly("2020-甲局", "2021-乙局", "2020-甲局-2", "2020-甲局-3");
    try (LuceneSearchService s = LuceneSearchService.open(all)) {
      assertThat(s.stats().reports()).isEqualTo(4);
    }
  }
}
