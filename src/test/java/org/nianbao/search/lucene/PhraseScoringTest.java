package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.index.IndexFormat;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;

/**
 * A phrase of three or four Han characters scores by its own occurrences (its run-gram's BM25), not
 * by its bigrams': a section that says 申请, 请公 and 公开 seven times but 申请公开 once ranks below one that
 * says 申请公开 twice — the other way round from the bigram sums, which this test also works out; a
 * longer phrase scores by the four-character run-grams that cover it.
 */
class PhraseScoringTest {
  @TempDir Path idx;

  private void index() throws Exception {
    TestReports.index(
        idx,
        TestReports.report("甲局", "甲县", 2020, "依申请公开" + "，依申，申请，请公，公开".repeat(6) + "。"),
        TestReports.report("乙局", "甲县", 2020, "依申请公开，依申请公开" + "，事项".repeat(22) + "。"),
        TestReports.report("丙局", "甲县", 2020, "申请事项，申请事项。"));
  }

  private List<String> search(String q) throws Exception {
    try (LuceneSearchService service = LuceneSearchService.open(idx)) {
      return service.search(SearchRequest.of(q)).results().stream().map(ReportHit::agency).toList();
    }
  }

  /**
   * An index of format 2 (run-grams without frequencies, built before this) still ranks by the
   * bigrams, and takes new reports in its own field options.
   */
  @Test
  void an_index_of_format_2_ranks_by_bigrams() throws Exception {
    try (FSDirectory dir = FSDirectory.open(idx);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.setLiveCommitData(Map.of(IndexFormat.KEY, "2").entrySet());
      w.commit(); // an empty commit of format 2, as the indexer of that format began
    }
    index();
    assertThat(search("申请公开")).containsExactly("甲局", "乙局");
    try (FSDirectory dir = FSDirectory.open(idx);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertThat(IndexFormat.of(reader)).isEqualTo(IndexFormat.RUN_GRAMS);
      assertThat(
              FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.BODY_GRAMS).getIndexOptions())
          .isEqualTo(IndexOptions.DOCS);
    }
  }

  @Test
  void a_run_gram_phrase_ranks_by_its_own_occurrences() throws Exception {
    index();

    try (FSDirectory dir = FSDirectory.open(idx);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      Query gram = new TermQuery(new Term(Fields.BODY_GRAMS, "申请公开"));
      assertThat(agencies(s, gram)).containsExactly("乙局", "甲局");
      assertThat(agencies(s, sum(gram, Fields.BODY_BIGRAMS, "申请", "请公", "公开")))
          .containsExactly("甲局", "乙局");
      assertThat(search("申请公开")).containsExactly("乙局", "甲局");
      // a longer phrase: the four-character run-grams covering it score where it holds
      Query five = new LuceneQueries().phrase(Fields.BODY_BIGRAMS, "依申请公开");
      assertThat(search("依申请公开"))
          .isEqualTo(agencies(s, sum(five, Fields.BODY_GRAMS, "依申请公", "申请公开")))
          .isNotEqualTo(agencies(s, sum(five, Fields.BODY_BIGRAMS, "依申", "申请", "请公", "公开")))
          .hasSize(2);
    }
  }

  /** BM25 over {@code terms} of {@code field}, where {@code where} matches. */
  private static Query sum(Query where, String field, String... terms) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(where, Occur.FILTER);
    for (String t : terms) {
      b.add(new TermQuery(new Term(field, t)), Occur.SHOULD);
    }
    return b.build();
  }

  @Test
  void the_run_grams_that_score_a_run() {
    assertThat(RunGrams.scoring("公开")).isEmpty();
    assertThat(RunGrams.scoring("信息公开")).containsExactly("信息公开");
    assertThat(RunGrams.scoring("申请公")).containsExactly("申请公");
    assertThat(RunGrams.scoring("微信公众号")).containsExactly("微信公众", "信公众号");
    assertThat(RunGrams.scoring("政府信息公开工作")).containsExactly("政府信息", "公开工作");
    assertThat(RunGrams.scoring("政府信息公开工作年")).containsExactly("政府信息", "公开工作", "开工作年");
    assertThat(RunGrams.scoring("公开公开公开")).containsExactly("公开公开"); // distinct
    assertThat(RunGrams.scoring("𠀀信息公开")).containsExactly("𠀀信息公", "信息公开"); // code points
    assertThat(RunGrams.scoring(null)).isEmpty();
  }

  /** The agencies of the reports of {@code q}'s hits (section documents), best first. */
  private static List<String> agencies(IndexSearcher s, Query q) throws Exception {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : s.search(q, 10).scoreDocs) {
      String id = s.storedFields().document(d.doc).get(Fields.REPORT_ID);
      out.add(id.substring(id.indexOf('-') + 1));
    }
    return out;
  }
}
