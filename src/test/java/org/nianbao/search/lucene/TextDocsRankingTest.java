package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.query.QueryNode;

/**
 * Ranking takes whether a section's text holds a phrase from the leaf scan ({@link TextDocsQuery})
 * instead of the phrase query: every section gets bit for bit the score it gets when the phrase
 * query decides, and the same sections are scored (title-only matches included).
 */
class TextDocsRankingTest {
  @TempDir static Path tmp;
  static FSDirectory dir;
  static DirectoryReader reader;
  static final BitSetProducer PARENTS =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));

  @BeforeAll
  static void build() throws Exception {
    Path index = TestReports.generatedIndex(tmp, 5, 200);
    dir = FSDirectory.open(index);
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  /** Every scored section (global doc) and its score's bits. */
  static Map<Integer, Integer> scores(StatsSearcher searcher, Query q) throws Exception {
    Map<Integer, Integer> out = new HashMap<>();
    searcher.collect(
        q,
        new Collector() {
          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
          }

          @Override
          public LeafCollector getLeafCollector(LeafReaderContext ctx) {
            return new LeafCollector() {
              Scorable scorer;

              @Override
              public void setScorer(Scorable s) {
                scorer = s;
              }

              @Override
              public void collect(int doc) throws java.io.IOException {
                out.put(ctx.docBase + doc, Float.floatToIntBits(scorer.score()));
              }
            };
          }
        });
    return out;
  }

  @Test
  void scores_equal_those_of_the_phrase_query_bit_for_bit() throws Exception {
    LuceneQueries queries = new LuceneQueries();
    int compared = 0;
    int scored = 0;
    for (String q :
        List.of(
            "公开",
            "年度报告",
            "政府信息公开 申请",
            "微信公众号 OR 行政复议",
            "信息公开 -抖音",
            "\"微信 抖音\"~20 公开",
            "标题:年度 申请")) {
      for (List<Integer> sections : List.of(List.<Integer>of(), List.of(0, 2))) {
        StatsSearcher searcher =
            new StatsSearcher(reader, PARENTS, new SearchCache(64L << 20, Runnable::run));
        searcher.setQueryCache(null);
        SearchRequest r =
            new SearchRequest(
                q, List.of(), List.of(), List.of(), sections, SortOrder.RELEVANCE, 1, 10);
        QueryNode root = org.nianbao.search.lucene.query.ReportQueryParser.parse(q).root();
        ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
        ResolvedFilter resolved = searcher.resolve(FacetFilter.of(r));
        BooleanQuery.Builder plain =
            new BooleanQuery.Builder().add(new ReportMatchQuery(matcher, resolved), Occur.FILTER);
        for (QueryNode.Phrase p : root.positivePhrases()) {
          plain.add(queries.scoredMatch(p.text(), null, searcher.format()), Occur.SHOULD);
        }
        Map<Integer, Integer> expected = scores(searcher, plain.build());
        Map<Integer, Integer> got =
            scores(searcher, ReportQueries.ranking(queries, matcher, resolved, searcher.format()));
        assertThat(got).as("%s sections %s", q, sections).isEqualTo(expected);
        compared += got.size();
        scored += (int) expected.values().stream().filter(s -> s != 0).count();
      }
    }
    assertThat(compared).isGreaterThan(1000);
    assertThat(scored).isGreaterThan(100);
  }

  /**
   * The agency matches but neither the section text nor the title/agency field that scores (the
   * title holds the agency, so the agency is not repeated there, and tokenizes it differently): the
   * first section stands for the match in the listing, yet is not scored for the phrase's words
   * that its text holds apart.
   */
  @Test
  void a_first_section_listed_for_its_agency_alone_is_not_scored_as_text(@TempDir Path idx)
      throws Exception {
    onIndex(
        idx,
        (searcher, queries) -> {
          Map<Integer, Integer> got = ranked(searcher, queries, "ABC局");
          assertThat(got).hasSize(2); // the first report's preamble and the second's section 1
          assertThat(got.values()).containsOnlyOnce(Float.floatToIntBits(0f));
        },
        withPreamble("2020-ABC局", "XABC局2020年政府信息公开工作年度报告", "ABC局", "ABC 的 局 编制。"),
        TestReports.report("乙局", "甲县", 2021, "ABC局公开。"));
  }

  /**
   * The title holds the phrase, the first section's text only its bigrams apart: that section
   * stands for the title match and scores the boosted title match alone, not BM25 over bigrams of a
   * text that does not hold the phrase; a section whose text holds it scores its bigrams.
   */
  @Test
  void a_first_section_standing_for_a_title_match_scores_the_title_boost_alone(@TempDir Path idx)
      throws Exception {
    onIndex(
        idx,
        (searcher, queries) -> {
          Map<Integer, Integer> got = ranked(searcher, queries, "公众号平台");
          Map<Integer, Integer> title =
              scores(
                  searcher,
                  new org.apache.lucene.search.BoostQuery(
                      queries.phrase(Fields.META_BIGRAMS, "公众号平台"), LuceneQueries.TITLE_BOOST));
          Map<Integer, Integer> text =
              scores(searcher, queries.phrase(Fields.BODY_BIGRAMS, "公众号平台"));
          assertThat(title).hasSize(1);
          assertThat(text).hasSize(1);
          assertThat(got)
              .hasSize(2)
              .containsAllEntriesOf(title); // the first report's first section
          int textDoc = text.keySet().iterator().next();
          assertThat(Float.intBitsToFloat(got.get(textDoc))).isGreaterThan(0f);
        },
        withPreamble("2020-甲局", "甲局公众号平台2020年政府信息公开工作年度报告", "甲局", "开通公众号，建设平台。"),
        TestReports.report("乙局", "甲县", 2021, "公众号平台上线。"));
  }

  /** What a test checks on a searcher over its own small index. */
  private interface Check {
    void run(StatsSearcher searcher, LuceneQueries queries) throws Exception;
  }

  /** Indexes {@code reports} into {@code idx} and runs {@code check} on a searcher over them. */
  private static void onIndex(Path idx, Check check, org.nianbao.ingest.Report... reports)
      throws Exception {
    TestReports.index(idx, reports);
    try (FSDirectory d = FSDirectory.open(idx);
        DirectoryReader r = DirectoryReader.open(d)) {
      StatsSearcher searcher =
          new StatsSearcher(r, PARENTS, new SearchCache(64L << 20, Runnable::run));
      searcher.setQueryCache(null);
      check.run(searcher, new LuceneQueries());
    }
  }

  /** Every section the ranking query of {@code q} (no filter) scores, with its score's bits. */
  private static Map<Integer, Integer> ranked(
      StatsSearcher searcher, LuceneQueries queries, String q) throws Exception {
    QueryNode root = org.nianbao.search.lucene.query.ReportQueryParser.parse(q).root();
    ReportMatcher matcher = new ReportMatcher(searcher, queries, root, false);
    return scores(
        searcher,
        ReportQueries.ranking(
            queries, matcher, searcher.resolve(FacetFilter.none()), searcher.format()));
  }

  /** A 2020 report of 甲县 whose preamble (section 0) is {@code preamble}, then one more section. */
  private static org.nianbao.ingest.Report withPreamble(
      String id, String title, String agency, String preamble) {
    return new org.nianbao.ingest.Report(
        "/data/" + id + ".txt",
        id,
        title,
        agency,
        org.nianbao.geo.Place.ofCounty("甲县"),
        2020,
        List.of(
            new org.nianbao.ingest.Section(0, "概述", "", preamble, List.of()),
            new org.nianbao.ingest.Section(1, null, "第1部分", "其他事项。", List.of())),
        List.of());
  }
}
