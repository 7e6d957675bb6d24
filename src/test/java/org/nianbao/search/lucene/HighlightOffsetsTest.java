package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.search.Mark;
import org.nianbao.search.Snippet;
import org.nianbao.search.lucene.query.ReportQueryParser;

/**
 * Highlighting with postings per segment ({@link PhraseOffsetsStrategy}) gives exactly the snippets
 * and marks of Lucene's own strategy (a weight per section), on an index of several segments:
 * single terms, phrases, overlapping and nested phrases, repeated clauses, OR of phrases, long
 * phrases, phrases from the text itself, and sections that do not match.
 */
class HighlightOffsetsTest {
  @TempDir static Path tmp;

  /**
   * Fixed queries: terms, phrases, nested and overlapping phrases, a repeated clause, long ones.
   */
  private static final List<String> FIXED =
      List.of(
          "公开",
          "信息公开",
          "政府信息公开 公开",
          "行政复议 OR 微信 OR 抖音",
          "申请 依申请公开 -没有的词语",
          "没有的词语 公开",
          "公开 OR 公开",
          "公开公开",
          "信息公开 公开 政府信息",
          "年度报告 OR 报告",
          "政府信息公开工作年度报告",
          "\"微信 抖音\"~20",
          "微信公众号 政务新媒体");

  @Test
  void snippets_and_marks_equal_lucenes_own_strategy() throws Exception {
    Path index = TestReports.generatedIndex(tmp.resolve("generated"), 11, 160);
    int[] found = compare(index, 45);
    assertThat(found[0]).isGreaterThan(500);
    assertThat(found[1]).isGreaterThan(2000);
  }

  /** The same on the real reports of the development set (traditional script, web pages, OCR). */
  @Test
  void snippets_and_marks_equal_lucenes_own_strategy_on_real_reports() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("real"));
    try (var files = Files.list(Path.of("src/test/resources/real"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    Path index = tmp.resolve("real-index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      assertThat(indexer.index(List.of(corpus), false, ProgressListener.NONE).skipped()).isEmpty();
    }
    int[] found = compare(index, 60);
    assertThat(found[0]).isGreaterThan(300);
    assertThat(found[1]).isGreaterThan(1000);
  }

  /**
   * Compares the three ways on {@link #FIXED} and random phrases of the index's own text ({@code
   * queries} in all); the snippets with marks and the marks compared.
   */
  private static int[] compare(Path index, int queries) throws Exception {
    try (Searchers searchers = Searchers.open(index, new SearchCache(64L << 20, Runnable::run))) {
      StatsSearcher searcher = searchers.acquire();
      IndexReader reader = searcher.getIndexReader();
      assertThat(reader.leaves().size()).isGreaterThan(1);
      List<String> qs = new ArrayList<>(FIXED);
      Random rnd = new Random(5);
      while (qs.size() < queries) { // 2-4 characters of a random section's text
        String text = reader.storedFields().document(rnd.nextInt(reader.maxDoc())).get(Fields.BODY);
        if (text != null && text.length() > 10) {
          int at = rnd.nextInt(text.length() - 4);
          String p = text.substring(at, at + 2 + rnd.nextInt(3)).strip();
          if (p.codePoints().allMatch(Character::isIdeographic) && p.length() >= 2) {
            qs.add(qs.size() % 3 == 0 ? p + " 公开" : p);
          }
        }
      }
      Highlights stock = new Highlights(ObjectHighlighter.Offsets.WEIGHT_PER_SECTION);
      IndexSearcher plain = new IndexSearcher(reader);
      int snippets = 0;
      int marks = 0;
      for (String q : qs) {
        Query h = ReportQueries.highlight(new LuceneQueries(), ReportQueryParser.parse(q).root());
        assertThat(PhraseOffsetsStrategy.reads(h, Fields.BODY_BIGRAMS)).as(q).isTrue();
        TreeSet<Integer> docs = new TreeSet<>();
        for (ScoreDoc d : plain.search(h, 60).scoreDocs) {
          docs.add(d.doc);
        }
        for (int i = 0; i < 5; i++) { // and some sections where it may not match
          docs.add(rnd.nextInt(reader.maxDoc()));
        }
        int[] ds = docs.stream().mapToInt(Integer::intValue).toArray();
        ds = java.util.Arrays.copyOf(ds, ds.length + 1); // and one section twice
        ds[ds.length - 1] = ds[0];
        Map<Integer, List<Snippet>> want = stock.snippets(searcher, h, ds);
        List<Mark>[] wantMarks = stock.marks(searcher, h, ds);
        for (ObjectHighlighter.Offsets o : ObjectHighlighter.Offsets.values()) {
          Highlights ours = new Highlights(o);
          assertThat(ours.snippets(searcher, h, ds)).as("%s %s", o, q).isEqualTo(want);
          assertThat(ours.marks(searcher, h, ds)).as("%s %s", o, q).isEqualTo(wantMarks);
        }
        for (List<Snippet> l : want.values()) {
          snippets += (int) l.stream().filter(s -> !s.marks().isEmpty()).count();
        }
        for (List<Mark> l : wantMarks) {
          marks += l == null ? 0 : l.size();
        }
      }
      searchers.release(searcher);
      return new int[] {snippets, marks};
    }
  }
}
