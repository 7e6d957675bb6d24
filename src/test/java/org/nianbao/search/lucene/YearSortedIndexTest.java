package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.ingest.Report;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;

/**
 * An index of the current format is sorted by year, newest first, reports without a year last,
 * reports of one year in the order indexed; every report's block stays whole (its sections in
 * order, then its report document, marked by the parent field), so searches read it as before.
 */
class YearSortedIndexTest {
  @Test
  void reports_are_in_year_order_and_blocks_stay_whole(@TempDir Path idx) throws Exception {
    Integer[] years = {2019, 2022, null, 2021, 2022, 2015, 2019};
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < years.length; i++) {
      String[] texts = new String[1 + i % 3]; // blocks of 2, 3 and 4 documents
      for (int t = 0; t < texts.length; t++) {
        texts[t] = "第" + t + "段，开通微信公众号" + i + "。";
      }
      reports.add(TestReports.report("局" + i, "甲县", years[i], texts));
    }
    TestReports.index(idx, reports.toArray(new Report[0]));

    try (FSDirectory dir = FSDirectory.open(idx);
        DirectoryReader r = DirectoryReader.open(dir)) {
      assertThat(r.leaves()).hasSize(1); // one addAll: one segment
      LeafReaderContext leaf = r.leaves().get(0);
      BitSet parents = LeafScanBulkTest.PARENTS.getBitSet(leaf);
      NumericDocValues marked = leaf.reader().getNumericDocValues(Fields.REPORT_PARENT);
      StoredFields stored = leaf.reader().storedFields();
      List<String> order = new ArrayList<>();
      List<String> block = new ArrayList<>();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        String id = stored.document(doc, Set.of(Fields.REPORT_ID)).get(Fields.REPORT_ID);
        block.add(id);
        boolean parent = marked.advanceExact(doc);
        assertThat(parent).as("doc %d", doc).isEqualTo(parents.get(doc));
        if (parent) { // the report document ends its block: all of it one report's
          int sections = 1 + 1 + reports.stream().map(Report::id).toList().indexOf(id) % 3;
          assertThat(block).hasSize(sections + 1).containsOnly(id);
          order.add(id);
          block.clear();
        }
      }
      assertThat(block).isEmpty();
      assertThat(order)
          .containsExactly(
              "2022-局1", "2022-局4", "2021-局3", "2019-局0", "2019-局6", "2015-局5", "null-局2");

      // sections still belong to their reports: each section's report is the next report document
      IndexSearcher searcher = new IndexSearcher(r);
      assertThat(searcher.count(new TermQuery(new Term(Fields.REPORT_ID, "2019-局6")))).isEqualTo(3);
    }

    try (LuceneSearchService service = LuceneSearchService.open(idx)) {
      SearchResults all = service.search(SearchRequest.of("微信公众号"));
      assertThat(all.total()).isEqualTo(7);
      SearchResults year =
          service.search(
              new SearchRequest(
                  "微信公众号6",
                  List.of(),
                  List.of(),
                  List.of(2019),
                  List.of(),
                  SortOrder.RELEVANCE,
                  1,
                  10));
      assertThat(year.results()).extracting(h -> h.id()).containsExactly("2019-局6");
    }
  }
}
