package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * A leaf scanned into a bit set in bulk ({@link LeafScan.Bulk}: one term's postings copied whole)
 * finds exactly the live documents the document-at-a-time scan finds, deleted reports excluded.
 */
class LeafScanBulkTest {
  static final BitSetProducer PARENTS =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));

  @Test
  void bulk_scan_equals_the_document_scan_with_deletions(@TempDir Path idx) throws Exception {
    List<org.nianbao.ingest.Report> reports = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      reports.add(
          TestReports.report(
              "局" + i,
              "甲县",
              2015 + i % 8,
              i % 3 == 0 ? "开通微信公众号，公开信息。" : "公开信息。",
              i % 5 == 0 ? "政府信息公开申请" : "其他事项"));
    }
    TestReports.index(idx, reports.toArray(new org.nianbao.ingest.Report[0]));
    try (FSDirectory d = FSDirectory.open(idx)) {
      IndexWriterConfig config = new IndexWriterConfig();
      org.nianbao.index.ReportIndexer.sortByYear(config); // as the indexer wrote it
      try (IndexWriter w = new IndexWriter(d, config)) {
        for (int i = 0; i < 300; i += 7) {
          w.deleteDocuments(new Term(Fields.REPORT_ID, (2015 + i % 8) + "-局" + i));
        }
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertThat(r.numDeletedDocs()).isGreaterThan(100);
        StatsSearcher searcher =
            new StatsSearcher(r, PARENTS, new SearchCache(64L << 20, Runnable::run));
        LuceneQueries queries = new LuceneQueries();
        int total = 0;
        for (String phrase : List.of("公开", "微信公众号", "信息公开申请", "公众", "没有的词")) {
          for (LeafReaderContext ctx : r.leaves()) {
            FixedBitSet bulk = new FixedBitSet(ctx.reader().maxDoc());
            FixedBitSet one = new FixedBitSet(ctx.reader().maxDoc());
            QueryNode leaf = new QueryNode.Phrase(phrase);
            LeafScan scan = LeafScan.of(searcher, queries, leaf, Fields.BODY_BIGRAMS);
            if (scan != null) {
              scan.scan(ctx, null, new LeafScan.Bulk(bulk));
              scan.scan(ctx, null, one::set);
            }
            assertThat(bulk).as(phrase).isEqualTo(one);
            total += one.cardinality();
          }
        }
        assertThat(total).isEqualTo(expected(reports));
      }
    }
  }

  /**
   * Live sections holding each phrase, counted from the texts (report i deleted when i % 7 == 0).
   */
  private static int expected(List<org.nianbao.ingest.Report> reports) {
    int n = 0;
    for (String phrase : List.of("公开", "微信公众号", "信息公开申请", "公众", "没有的词")) {
      for (int i = 0; i < reports.size(); i++) {
        if (i % 7 != 0) {
          for (org.nianbao.ingest.Section s : reports.get(i).sections()) {
            n += s.text().contains(phrase) ? 1 : 0;
          }
        }
      }
    }
    return n;
  }
}
