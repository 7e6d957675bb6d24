package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.join.BitSetProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;

/**
 * Ranking with flat loops ({@link SectionScoreSums}) gives every report the score the
 * document-at-a-time ranking query gives it ({@link ReportQueries#ranking} through {@link
 * TopReports}), and the same pages, on an index of several segments with deleted reports: single
 * phrases (one term, or bigrams that count only where the phrase holds), pairs, exclusions, OR,
 * title matches, and county, year and section filters (few candidates: the postings are leapt over;
 * many: read in batches). Scores may differ in the last bits only (float additions in another
 * order).
 */
class SectionScoreSumsTest {
  @TempDir static Path tmp;
  static TestReports.Opened index;
  static DirectoryReader reader;
  static final BitSetProducer PARENTS = Searchers.PARENTS;

  @BeforeAll
  static void build() throws Exception {
    index = TestReports.openGenerated(tmp, 7, 400, 7, false);
    reader = index.reader();
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void scores_and_pages_equal_the_document_at_a_time_ranking() throws Exception {
    assertThat(reader.leaves().size()).isGreaterThan(1);
    assertThat(reader.numDeletedDocs()).isGreaterThan(100);
    StatsSearcher searcher =
        new StatsSearcher(reader, PARENTS, new SearchCache(64L << 20, Runnable::run));
    LuceneQueries queries = new LuceneQueries();
    String county = TestReports.firstCounty(searcher);
    int compared = 0;
    int scored = 0;
    for (String q :
        List.of(
            "公开",
            "信息公开",
            "政府信息公开 申请",
            "公开 -行政复议",
            "行政复议 OR 微信",
            "年度报告",
            "报告 标题:年度",
            "主动公开 公开",
            "没有的词语")) {
      for (SearchRequest r :
          List.of(
              request(q, List.of(), List.of(), List.of()),
              request(q, List.of(county), List.of(), List.of()),
              request(q, List.of(), List.of(2021), List.of()),
              request(q, List.of(), List.of(), List.of(0, 2)))) {
        QueryNode root = ReportQueryParser.parse(q).root();
        ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
        FacetFilter filter = FacetFilter.of(r);
        ResolvedFilter resolved = searcher.resolve(filter);
        TopReports daat =
            new TopReports(
                searcher,
                PARENTS,
                ReportQueries.ranking(queries, matcher, resolved, searcher.format()),
                filter,
                true);
        SectionScoreSums flat = SectionScoreSums.of(searcher, queries, matcher, resolved);
        assertThat(flat).isNotNull();
        Map<Integer, Float> all = scores(daat.byRelevance(1000));
        Map<Integer, Float> got = scores(flat.top(1000));
        assertThat(got.keySet()).as("%s %s", q, r).isEqualTo(all.keySet());
        for (var e : all.entrySet()) {
          assertThat(got.get(e.getKey()))
              .as("%s %s report %d", q, r, e.getKey())
              .isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(1e-5f));
          scored += e.getValue() > 0 ? 1 : 0;
        }
        compared += all.size();
        List<ReportCollector.Candidate> page = flat.top(10);
        List<ReportCollector.Candidate> expected = daat.byRelevance(10);
        assertThat(page).hasSameSizeAs(expected);
        for (int i = 0; i < page.size(); i++) { // the same scores in order, each the report's own
          assertThat(page.get(i).score())
              .isCloseTo(expected.get(i).score(), org.assertj.core.data.Offset.offset(1e-5f));
          assertThat(all.get(page.get(i).reportDoc()))
              .isCloseTo(page.get(i).score(), org.assertj.core.data.Offset.offset(1e-5f));
        }
      }
    }
    assertThat(compared).isGreaterThan(3000);
    assertThat(scored).isGreaterThan(2000);
  }

  @Test
  void a_proximity_is_left_to_the_ranking_query() throws Exception {
    StatsSearcher searcher =
        new StatsSearcher(reader, PARENTS, new SearchCache(64L << 20, Runnable::run));
    LuceneQueries queries = new LuceneQueries();
    QueryNode root = ReportQueryParser.parse("\"信息 公开\"~5 申请").root();
    ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
    assertThat(
            SectionScoreSums.of(searcher, queries, matcher, searcher.resolve(FacetFilter.none())))
        .isNull();
  }

  private static SearchRequest request(
      String q, List<String> counties, List<Integer> years, List<Integer> sections) {
    return new SearchRequest(q, counties, List.of(), years, sections, SortOrder.RELEVANCE, 1, 10);
  }

  private static Map<Integer, Float> scores(List<ReportCollector.Candidate> list) {
    Map<Integer, Float> out = new HashMap<>();
    for (ReportCollector.Candidate c : list) {
      assertThat(out.put(c.reportDoc(), c.score())).isNull();
    }
    return out;
  }
}
