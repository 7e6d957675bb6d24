package org.nianbao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.BundledCorpus;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.stats.StatisticsExtractor;

/** The statistics fields of the report document. */
class ReportDocumentsTest {

  private static Document reportDoc(String file) throws Exception {
    Report report =
        new ReportParser().parseBytes("classpath:corpus/" + file, BundledCorpus.read(file));
    List<Document> block = ReportDocuments.block(report, report.id(), "k", "f");
    return block.get(block.size() - 1);
  }

  private static List<String> numeric(Document d, String name) {
    return java.util.Arrays.stream(d.getFields(name))
        .filter(f -> f.fieldType().docValuesType() == org.apache.lucene.index.DocValuesType.NUMERIC)
        .map(IndexableField::numericValue)
        .map(String::valueOf)
        .toList();
  }

  @Test
  void named_numbers_are_doc_values_and_points_and_the_tables_stored_json() throws Exception {
    String file = "000_bf1f93b444d87913.txt";
    Document d = reportDoc(file);
    Report report =
        new ReportParser().parseBytes("classpath:corpus/" + file, BundledCorpus.read(file));
    assertThat(d.get(Fields.STATISTICS))
        .isEqualTo(Json.line(StatisticsExtractor.extract(report).toJson()))
        .contains("\"new_requests\":0");
    for (String name : Fields.STAT_NUMBERS) {
      assertThat(numeric(d, name)).as(name).containsExactly("0");
      assertThat(d.getFields(name)).as(name).hasSize(2); // doc values + point
    }
    assertThat(numeric(d, Fields.TABLE_UNREADABLE)).containsExactly("0");
  }

  @Test
  void a_table_read_with_warnings_sets_the_unreadable_flag() throws Exception {
    // 高青县 2020: （六）（七） print eight numbers, table 四 sixteen — read, with warnings
    Document d = reportDoc("002_78abebdfa8884d6e.txt");
    assertThat(numeric(d, Fields.TABLE_UNREADABLE)).containsExactly("1");
    assertThat(d.get(Fields.STATISTICS)).contains("\"warnings\":[\"表三");
  }

  @Test
  void the_analysed_texts_are_every_tokenized_field_of_the_block_in_order() throws Exception {
    String file = "000_bf1f93b444d87913.txt";
    Report report =
        new ReportParser().parseBytes("classpath:corpus/" + file, BundledCorpus.read(file));
    List<String[]> texts = ReportDocuments.analysedTexts(report);
    List<String> expected = new java.util.ArrayList<>();
    List<String> smartcn = new java.util.ArrayList<>();
    for (var s : report.sections()) {
      expected.add(Fields.BODY_BIGRAMS + "=" + s.text());
      expected.add(Fields.BODY_GRAMS + "=" + s.text());
      smartcn.add(s.text());
      if (expected.size() == 2) { // title and agency on the first section
        expected.add(Fields.META_BIGRAMS + "=" + report.title());
        expected.add(Fields.META_GRAMS + "=" + report.title());
      }
    }
    smartcn.add(report.title());
    assertThat(ReportDocuments.smartcnTexts(report)).containsExactlyElementsOf(smartcn);
    expected.add(Fields.TITLE_BIGRAMS + "=" + report.title());
    expected.add(Fields.AGENCY_BIGRAMS + "=" + report.agency());
    expected.add(Fields.PLACE_BIGRAMS + "=" + report.county());
    assertThat(report.title()).contains(report.agency()); // so the agency is not a meta value
    assertThat(texts.stream().map(t -> t[0] + "=" + t[1]).toList())
        .containsExactlyElementsOf(expected);
  }
}
