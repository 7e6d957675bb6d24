package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.generate.CorpusGenerator;
import org.nianbao.index.Fields;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.UserQuery;
import org.nianbao.search.UserQueryParser;

/**
 * The decomposed, filtered and cached counting ({@link FacetCounter}) gives exactly the totals and
 * drill-sideways facets of the plain answer ({@link PlainOracle}: list every match, apply the
 * selections per report and section, count each dimension ignoring its own selection, with maps),
 * on an index with several segments and deleted reports.
 */
class FacetCounterOracleTest {
  @TempDir static Path tmp;
  static FSDirectory dir;
  static DirectoryReader reader;
  static final BitSetProducer PARENTS =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));

  @BeforeAll
  static void build() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    CorpusGenerator gen = new CorpusGenerator(11);
    List<Path> written = new ArrayList<>();
    for (int batch = 0; batch < 2; batch++) { // two runs: at least two segments
      for (int i = batch * 150; i < (batch + 1) * 150; i++) {
        written.add(write(corpus, gen.generate(i).path(), gen.generate(i).bytes()));
      }
      index(corpus, index);
    }
    for (int i = 0; i < 30; i++) { // new content in old files: their old blocks are deleted
      Path f = written.get(i * 5);
      Files.write(f, gen.generate(1000 + i).bytes());
      Files.setLastModifiedTime(
          f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
    }
    index(corpus, index);
    dir = FSDirectory.open(index);
    reader = DirectoryReader.open(dir);
  }

  static Path write(Path corpus, String path, byte[] bytes) throws Exception {
    Path f = corpus.resolve(path);
    Files.createDirectories(f.getParent());
    Files.write(f, bytes);
    return f;
  }

  static void index(Path corpus, Path index) throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      assertThat(indexer.index(List.of(corpus), false, ProgressListener.NONE).skipped()).isEmpty();
    }
  }

  @AfterAll
  static void close() throws Exception {
    reader.close();
    dir.close();
  }

  /** The plain answer: every match listed, selections and counts worked out with maps. */
  static FacetPass oracle(PlainOracle plain, Query query, FacetFilter f) throws Exception {
    PlainOracle.Counts c =
        plain.counts(
            plain.matches(reader, query),
            new PlainOracle.Selection(
                f.counties(),
                f.agencies(),
                f.years(),
                f.sections(),
                f.provinces(),
                f.cities(),
                f.topics()));
    return new FacetPass(c.reports(), c.sections(), c.facets(), c.hitsByYear());
  }

  @Test
  void decomposed_counts_equal_the_single_pass_on_a_multi_segment_index_with_deletions()
      throws Exception {
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    assertThat(reader.hasDeletions()).isTrue();
    StatsSearcher searcher =
        new StatsSearcher(reader, PARENTS, new SearchCache(64L << 20, Runnable::run));
    searcher.setQueryCache(null);
    FacetCounter uncached = new FacetCounter(searcher, false);
    FacetCounter cached = new FacetCounter(searcher, true);
    FacetPass all = uncached.count(UserQueryParser.parse(""), null, FacetFilter.none());
    List<String> counties = values(all, Facet.COUNTY);
    List<String> agencies = values(all, Facet.AGENCY);
    List<Integer> years =
        values(all, Facet.YEAR).stream()
            .map(y -> y.equals(FacetValue.UNKNOWN) ? 0 : Integer.valueOf(y))
            .toList();
    List<Integer> withUnknownYear = new ArrayList<>(years);
    withUnknownYear.add(org.nianbao.search.SearchRequest.UNKNOWN_YEAR);
    List<String> topics = values(all, Facet.TOPIC);
    assertThat(topics).contains("复议诉讼", "主动公开", "概述");
    List<Integer> sections = values(all, Facet.SECTION).stream().map(Integer::valueOf).toList();
    List<String> provinces = values(all, Facet.PROVINCE);
    List<String> cities = values(all, Facet.CITY);
    assertThat(counties).hasSizeGreaterThan(20);
    assertThat(provinces).isNotEmpty();
    assertThat(cities).hasSizeGreaterThan(provinces.size());
    Random rnd = new Random(20261121L);
    List<String> queries =
        List.of("", "公开", "微信公众号", "行政复议", "政务新媒体 抖音", "抖音 OR 微博", "微信公众号 -抖音", "年", "区块链");
    LuceneQueries lq = new LuceneQueries();
    PlainOracle plain = new PlainOracle(reader);
    int compared = 0;
    for (int i = 0; i < 400; i++) {
      UserQuery parsed = UserQueryParser.parse(queries.get(rnd.nextInt(queries.size())));
      FacetFilter f =
          new FacetFilter(
              pick(rnd, counties, "不存在县"),
              pick(rnd, agencies, "不存在局"),
              pick(rnd, withUnknownYear, 1990),
              pick(rnd, sections, 9),
              pick(rnd, provinces, "不存在省"),
              pick(rnd, cities, "不存在市"),
              pick(rnd, topics, FacetValue.UNKNOWN));
      Query q = lq.build(parsed);
      FacetPass expected = oracle(plain, q, f);
      for (FacetCounter counter :
          List.of(uncached, cached, cached)) { // the second cached call is served from the cache
        FacetPass got = counter.count(parsed, q, f);
        assertThat(got.totalReports()).as("%s %s", parsed, f).isEqualTo(expected.totalReports());
        assertThat(got.totalSections()).as("%s %s", parsed, f).isEqualTo(expected.totalSections());
        assertThat(got.hitsByYear()).as("%s %s", parsed, f).isEqualTo(expected.hitsByYear());
        assertThat(got.facets()).as("%s %s", parsed, f).isEqualTo(expected.facets());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(1200);
  }

  static List<String> values(FacetPass p, Facet dim) {
    return p.facets().get(dim).stream().map(FacetValue::value).toList();
  }

  /** Nothing (a third of the time), or one to three values, sometimes one no report has. */
  static <T> java.util.Set<T> pick(Random rnd, List<T> values, T absent) {
    java.util.Set<T> out = new java.util.LinkedHashSet<>();
    if (rnd.nextInt(3) == 0) {
      return out;
    }
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(rnd.nextInt(12) == 0 ? absent : values.get(rnd.nextInt(values.size())));
    }
    return out;
  }
}
