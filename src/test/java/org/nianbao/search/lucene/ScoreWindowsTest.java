package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;

/**
 * Ranking in windows ({@link ScoreWindows}: skipping blocks of sections whose score bound cannot
 * enter the page) keeps exactly the reports, scores (to the bit), years and order of scoring every
 * section, on one segment of 2,000 reports (so common bigrams have full blocks of postings and the
 * 32-block level) with deleted reports: fixed and random phrases from the corpus, pairs,
 * exclusions, OR, a title scope, filters by county, year and section, pages of 1 to 40 reports.
 */
class ScoreWindowsTest {
  @TempDir static Path tmp;
  static TestReports.Opened index;
  static DirectoryReader reader;
  static List<String> texts = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    index = TestReports.openGenerated(tmp, 29, 2000, 11, true);
    reader = index.reader();
    try (Stream<Path> files = Files.walk(tmp.resolve("corpus"))) {
      for (Path f : files.filter(Files::isRegularFile).limit(50).toList()) {
        texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void windows_keep_exactly_the_reports_scores_and_order_of_scoring_everything() throws Exception {
    assertThat(reader.leaves()).hasSize(1);
    assertThat(reader.numDeletedDocs()).isGreaterThan(1000);
    StatsSearcher searcher =
        new StatsSearcher(reader, Searchers.PARENTS, new SearchCache(64L << 20, Runnable::run));
    LuceneQueries queries = new LuceneQueries();
    String county = TestReports.firstCounty(searcher);
    List<String> qs =
        new ArrayList<>(
            List.of(
                "公开",
                "信息公开",
                "行政复议",
                "政府信息公开 申请",
                "公开 -行政复议",
                "行政复议 OR 微信",
                "主动公开 公开",
                "报告 标题:年度",
                "微信公众号"));
    Random random = new Random(29);
    while (qs.size() < 60) {
      String a = phrase(random);
      qs.add(qs.size() % 3 == 0 ? a + " " + phrase(random) : a);
    }
    long skipped = 0;
    int compared = 0;
    for (String q : qs) {
      QueryNode root = ReportQueryParser.parse(q).root();
      for (SearchRequest r : TestReports.filterVariants(q, county)) {
        ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
        ResolvedFilter resolved = searcher.resolve(FacetFilter.of(r));
        for (int keep : new int[] {1, 3, 10, 40}) {
          SectionScoreSums whole = SectionScoreSums.of(searcher, queries, matcher, resolved);
          SectionScoreSums windows = SectionScoreSums.of(searcher, queries, matcher, resolved);
          List<String> expected = key(whole.pruningFrom(Integer.MAX_VALUE).top(keep));
          assertThat(key(windows.pruningFrom(0).top(keep)))
              .as("%s %s %d", q, r, keep)
              .isEqualTo(expected);
          assertThat(whole.skippedWindows()).isZero();
          skipped += windows.skippedWindows();
          compared += expected.size();
        }
      }
    }
    assertThat(compared).isGreaterThan(5000);
    assertThat(skipped).as("windows skipped").isGreaterThan(200);
  }

  /**
   * A segment where the query's bigrams have no postings (its reports match by title only) is
   * ranked like the others: no windows to cut there, the same page.
   */
  @Test
  void a_segment_matching_only_by_title_is_scored_whole(@TempDir Path dir) throws Exception {
    TestReports.index(dir, TestReports.report("甲县教育局", "甲县", 2021, "工作年度总结：主动公开文件十件。"));
    TestReports.index(
        dir,
        TestReports.report("乙县民政局", "乙县", 2022, "主动公开文件三件。"),
        TestReports.report("丙县民政局", "丙县", 2023, "依申请公开两件。"));
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(dir))) {
      assertThat(r.leaves()).hasSize(2); // the second segment has no 工作/作年/年度 in any text
      StatsSearcher searcher =
          new StatsSearcher(r, Searchers.PARENTS, new SearchCache(8L << 20, Runnable::run));
      LuceneQueries queries = new LuceneQueries();
      QueryNode root = ReportQueryParser.parse("工作年度").root();
      ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
      ResolvedFilter all = searcher.resolve(FacetFilter.none());
      List<String> expected =
          key(
              SectionScoreSums.of(searcher, queries, matcher, all)
                  .pruningFrom(Integer.MAX_VALUE)
                  .top(10));
      assertThat(expected).hasSize(3);
      assertThat(key(SectionScoreSums.of(searcher, queries, matcher, all).pruningFrom(0).top(10)))
          .isEqualTo(expected);
    }
  }

  /** A random 2-4 character run of Han text from the corpus. */
  private static String phrase(Random random) {
    while (true) {
      String t = texts.get(random.nextInt(texts.size()));
      int at = random.nextInt(t.length() - 4);
      String p = t.substring(at, at + 2 + random.nextInt(3));
      if (p.codePoints()
          .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        return p;
      }
    }
  }

  /** The reports, scores (bits) and years of a ranking, in order. */
  private static List<String> key(List<ReportCollector.Candidate> top) {
    return top.stream()
        .map(c -> c.reportDoc() + ":" + Float.floatToIntBits(c.score()) + ":" + c.year())
        .toList();
  }
}
