package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;
import org.nianbao.search.SortOrder;

/**
 * A result list's agencies, counties and section titles (kept per segment and ordinal, {@link
 * OrdNames}) are each report's own, on an index of several segments: checked against the doc values
 * read afresh for every report.
 */
class ResultMetadataTest {
  @TempDir static Path tmp;

  @Test
  void listed_names_are_each_reports_own_across_segments() throws Exception {
    Path index = TestReports.generatedIndex(tmp, 13, 240);
    int reports = 0;
    int sections = 0;
    try (LuceneSearchService service = LuceneSearchService.open(index);
        FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(reader.leaves().size()).isGreaterThan(1);
      IndexSearcher plain = new IndexSearcher(reader);
      for (String q : List.of("公开", "行政复议", "政府信息公开 申请", "年度报告", "")) {
        for (int page = 1; page <= 3; page++) {
          SearchResults r =
              service.search(
                  new SearchRequest(
                      q,
                      List.of(),
                      List.of(),
                      List.of(),
                      List.of(),
                      SortOrder.RELEVANCE,
                      page,
                      50));
          for (ReportHit h : r.results()) {
            ScoreDoc[] block =
                plain.search(new TermQuery(new Term(Fields.REPORT_ID, h.id())), 1000).scoreDocs;
            assertThat(block).as(h.id()).isNotEmpty();
            String agency = null;
            String county = null;
            for (ScoreDoc d : block) {
              agency = agency != null ? agency : value(reader, d.doc, Fields.AGENCY);
              county = county != null ? county : value(reader, d.doc, Fields.COUNTY);
            }
            assertThat(h.agency()).as(h.id()).isEqualTo(agency);
            assertThat(h.county()).as(h.id()).isEqualTo(county);
            for (SectionHit s : h.sections()) {
              String title = null;
              for (ScoreDoc d : block) {
                if (number(reader, d.doc) == s.number()) {
                  title = value(reader, d.doc, Fields.SECTION_TITLE);
                }
              }
              assertThat(s.title()).as(h.id()).isEqualTo(title == null ? "" : title);
              sections++;
            }
            reports++;
          }
        }
      }
    }
    assertThat(reports).isGreaterThan(500);
    assertThat(sections).isGreaterThan(500);
  }

  private static LeafReaderContext leaf(DirectoryReader reader, int doc) {
    return reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
  }

  private static String value(DirectoryReader reader, int doc, String field) throws IOException {
    LeafReaderContext ctx = leaf(reader, doc);
    SortedDocValues dv = DocValues.getSorted(ctx.reader(), field);
    return dv.advanceExact(doc - ctx.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null;
  }

  private static long number(DirectoryReader reader, int doc) throws IOException {
    LeafReaderContext ctx = leaf(reader, doc);
    NumericDocValues no = DocValues.getNumeric(ctx.reader(), Fields.SECTION_NO);
    return no.advanceExact(doc - ctx.docBase) ? no.longValue() : -1;
  }
}
