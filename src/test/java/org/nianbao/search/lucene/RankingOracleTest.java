package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToChildBlockJoinQuery;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Fields;
import org.nianbao.search.Facet;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;

/**
 * The fast ranking paths (top sections grouped by report; scoring only the years a page needs) give
 * exactly the order of the plain one ({@link PlainOracle}): score every matching section, rank
 * reports by their best section, ties by year then index order.
 */
class RankingOracleTest {
  @TempDir static Path tmp;
  static Path index;
  static LuceneSearchService service;

  @BeforeAll
  static void build() throws Exception {
    index = TestReports.generatedIndex(tmp, 7, 400);
    service = LuceneSearchService.open(index);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  /** Ids in rank order from a single scored pass over every match. */
  static List<String> oracle(SearchRequest r) throws Exception {
    return oracle(index, r);
  }

  /**
   * Ids in rank order, worked out with plain collections from every scored match in {@code index}.
   */
  static List<String> oracle(Path index, SearchRequest r) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      PlainOracle plain = ORACLES.get(index);
      if (plain == null || !plain.sameCommit(reader)) {
        plain = new PlainOracle(reader);
        ORACLES.put(index, plain);
      }
      Query q = reportLevel(r.query(), org.nianbao.index.IndexFormat.of(reader));
      PlainOracle.Selection s =
          new PlainOracle.Selection(
              new HashSet<>(r.counties()),
              new HashSet<>(r.agencies()),
              new HashSet<>(r.years()),
              new HashSet<>(r.sections()));
      return plain.ranking(plain.matches(reader, q), s, r.sort());
    }
  }

  /**
   * The report-level query (issue 16) for the test's queries, built independently of the searcher
   * with block joins: the sections holding a positive phrase (scored as {@link
   * LuceneQueries#scoredMatch}), of reports that contain every required phrase and no excluded one.
   */
  static Query reportLevel(String query, int format) {
    LuceneQueries queries = new LuceneQueries();
    BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    boolean or = query.contains(" OR ");
    for (String token : query.split(" OR | ")) {
      String phrase = token.startsWith("-") ? token.substring(1) : token;
      if (token.startsWith("-")) {
        b.add(inReport(queries.match(phrase)), BooleanClause.Occur.MUST_NOT);
        continue;
      }
      b.add(queries.scoredMatch(phrase, null, format), BooleanClause.Occur.SHOULD);
      if (!or) {
        b.add(inReport(queries.match(phrase)), BooleanClause.Occur.FILTER);
      }
    }
    return b.build();
  }

  /** The section documents of reports with a section matching {@code q}. */
  private static Query inReport(Query q) {
    QueryBitSetProducer parents =
        new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));
    return new ToChildBlockJoinQuery(
        new ToParentBlockJoinQuery(q, parents, ScoreMode.None), parents);
  }

  /**
   * The stored fields of an index, read once per commit (the rows are plain data, the reader is not
   * kept).
   */
  private static final Map<Path, PlainOracle> ORACLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Test
  void every_page_equals_the_single_pass_ranking() throws Exception {
    List<String> queries =
        List.of("公开", "微信公众号", "行政复议", "政务新媒体 抖音", "抖音 OR 微博", "微信公众号 -抖音", "年", "申请");
    List<List<String>> counties =
        List.of(
            List.of(),
            List.of(
                service.search(SearchRequest.of("公开")).facets().get(Facet.COUNTY).get(0).value()));
    int checked = 0;
    for (String q : queries) {
      for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.OLDEST)) {
        for (List<String> county : counties) {
          // the full ranking does not depend on the page size: worked out once for all sizes
          List<String> expected =
              oracle(new SearchRequest(q, county, List.of(), List.of(), List.of(), sort, 1, 10));
          for (int size : List.of(1, 7, 25)) {
            for (int page = 1; page <= 3; page++) {
              SearchRequest r =
                  new SearchRequest(q, county, List.of(), List.of(), List.of(), sort, page, size);
              List<String> got = service.search(r).results().stream().map(ReportHit::id).toList();
              int from = Math.min(expected.size(), (page - 1) * size);
              assertThat(got)
                  .as("%s %s county=%s page %d size %d", q, sort, county, page, size)
                  .isEqualTo(expected.subList(from, Math.min(expected.size(), from + size)));
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(8 * 3 * 2 * 3 * 3);
  }

  @Test
  void listed_sections_are_all_the_matching_sections_of_each_report() throws Exception {
    for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.OLDEST)) {
      SearchResults r =
          service.search(
              new SearchRequest(
                  "微信公众号", List.of(), List.of(), List.of(), List.of(3, 1), sort, 1, 500));
      long listed = r.results().stream().mapToLong(h -> h.sections().size()).sum();
      assertThat(listed).isEqualTo(r.totalSections());
      assertThat(r.results())
          .allSatisfy(
              h ->
                  assertThat(h.sections())
                      .isNotEmpty()
                      .allSatisfy(s -> assertThat(s.number()).isIn(1, 3)));
    }
  }
}
