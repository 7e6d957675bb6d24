package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ReportColumns.Leaf#report} (counted from bits) is, for every document of every segment
 * (deleted ones included), the report whose block holds it, found by walking the index's own parent
 * bits.
 */
class ReportColumnsTest {
  @TempDir Path tmp;

  @Test
  void every_document_maps_to_the_report_whose_block_holds_it() throws Exception {
    try (TestReports.Opened index = TestReports.openGenerated(tmp, 7, 400, 5, false)) {
      DirectoryReader reader = index.reader();
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      assertThat(reader.numDeletedDocs()).isGreaterThan(0);
      StatsSearcher searcher =
          new StatsSearcher(reader, Searchers.PARENTS, new SearchCache(1L << 20, Runnable::run));
      long checked = 0;
      for (LeafReaderContext ctx : reader.leaves()) {
        ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
        BitSet parents = Searchers.PARENTS.getBitSet(ctx);
        int report = 0;
        for (int d = 0; d < ctx.reader().maxDoc(); d++) {
          int expected = report < l.reports() ? report : -1;
          assertThat(l.report(d)).as("segment %d doc %d", ctx.ord, d).isEqualTo(expected);
          if (parents.get(d)) {
            assertThat(l.reportDoc[report]).isEqualTo(d);
            report++;
          }
          checked++;
        }
        assertThat(report).isEqualTo(l.reports());
      }
      assertThat(checked).isEqualTo(reader.maxDoc());
    }
  }
}
