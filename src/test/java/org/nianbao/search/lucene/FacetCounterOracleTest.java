package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
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
import org.nianbao.search.ReportLevelOracle;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;

/**
 * The decomposed, filtered and cached counting ({@link FacetCounter} over a {@link ReportMatcher})
 * gives exactly the totals and drill-sideways facets of the plain answer, on an index with several
 * segments and deleted reports: {@link ReportLevelOracle} decides on plain strings (the stored
 * texts of the live reports) which reports match and which sections they list, and {@link
 * PlainOracle} applies the selections and counts each dimension ignoring its own selection, with
 * maps. Browsing (no query) is checked against every live section.
 */
class FacetCounterOracleTest {
  @TempDir static Path tmp;
  static FSDirectory dir;
  static DirectoryReader reader;
  static final Map<String, ReportLevelOracle.Doc> DOCS = new HashMap<>();
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
    // each segment's last report re-read (a line added at the end): its old block is deleted
    for (Path f : lastReports(index, written)) {
      Files.writeString(f, "\n", java.nio.file.StandardOpenOption.APPEND);
      Files.setLastModifiedTime(
          f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 10_000));
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
    readDocs();
  }

  /** The files of the last report document of each segment of the index at {@code index}. */
  static List<Path> lastReports(Path index, List<Path> written) throws Exception {
    List<Path> out = new ArrayList<>();
    try (FSDirectory d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      StoredFields stored = r.storedFields();
      for (LeafReaderContext ctx : r.leaves()) {
        for (int doc = ctx.reader().maxDoc() - 1; doc >= 0; doc--) {
          Document report = stored.document(ctx.docBase + doc);
          if (report.get(Fields.BASE_ID) != null) {
            String name = Path.of(report.get(Fields.SOURCE)).getFileName().toString();
            written.stream().filter(f -> f.getFileName().toString().equals(name)).forEach(out::add);
            break;
          }
        }
      }
    }
    assertThat(out).hasSizeGreaterThanOrEqualTo(2);
    return out;
  }

  /** The live reports as plain strings, from their stored fields. */
  static void readDocs() throws Exception {
    Map<String, TreeMap<Integer, String>> sections = new HashMap<>();
    Map<String, Document> reports = new HashMap<>();
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext ctx : reader.leaves()) {
      Bits live = ctx.reader().getLiveDocs();
      for (int d = 0; d < ctx.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        Document doc = stored.document(ctx.docBase + d);
        String id = doc.get(Fields.REPORT_ID);
        if (doc.get(Fields.BASE_ID) != null) {
          reports.put(id, doc);
        } else {
          sections
              .computeIfAbsent(id, k -> new TreeMap<>())
              .put(doc.getField(Fields.SECTION_NO).numericValue().intValue(), doc.get(Fields.BODY));
        }
      }
    }
    reports.forEach(
        (id, doc) -> {
          Number year =
              doc.getField(Fields.YEAR) == null ? null : doc.getField(Fields.YEAR).numericValue();
          DOCS.put(
              id,
              new ReportLevelOracle.Doc(
                  id,
                  doc.get(Fields.TITLE),
                  doc.get(Fields.AGENCY),
                  doc.get(Fields.COUNTY),
                  doc.get(Fields.COUNTY),
                  year == null ? null : year.intValue(),
                  sections.getOrDefault(id, new TreeMap<>())));
        });
  }

  /** Answers of {@link #bruteForce} by (query, report, unit): the same questions recur. */
  static final Map<List<Object>, java.util.Optional<List<Integer>>> ANSWERS = new HashMap<>();

  /** {@code root} evaluated by brute force on the plain strings of {@link #DOCS}. */
  static PlainOracle.ReportLevel bruteForce(QueryNode root) {
    return new PlainOracle.ReportLevel() {
      @Override
      public List<Integer> listed(String id, Set<Integer> unit) {
        return ANSWERS
            .computeIfAbsent(
                List.of(root, id, Set.copyOf(unit)),
                k -> {
                  ReportLevelOracle.Doc d = DOCS.get(id);
                  return ReportLevelOracle.matches(d, root, unit)
                      ? java.util.Optional.of(ReportLevelOracle.listedSections(d, root, unit))
                      : java.util.Optional.empty();
                })
            .orElse(null);
      }

      @Override
      public Set<Integer> sections(String id) {
        Set<Integer> numbers = new TreeSet<>(DOCS.get(id).sections().keySet());
        numbers.add(0); // the preamble: the title and agency
        return numbers;
      }
    };
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

  /** The plain answer for {@code root} ({@code null}: browse every live section). */
  static FacetPass oracle(PlainOracle plain, QueryNode root, FacetFilter f) throws Exception {
    PlainOracle.Selection s =
        new PlainOracle.Selection(
            f.counties(),
            f.agencies(),
            f.years(),
            f.sections(),
            f.provinces(),
            f.cities(),
            f.topics());
    PlainOracle.Counts c =
        root == null
            ? plain.counts(plain.matches(reader, null), s)
            : plain.counts(bruteForce(root), s);
    return new FacetPass(c.reports(), c.sections(), c.facets(), c.hitsByYear());
  }

  /** What a search counts: a counter over a fresh matcher, as {@link RankedMatches} builds it. */
  static FacetPass count(StatsSearcher searcher, boolean cache, QueryNode root, FacetFilter f)
      throws Exception {
    ReportMatcher matcher =
        root == null ? null : new ReportMatcher(searcher, new LuceneQueries(), root, cache);
    return new FacetCounter(searcher, cache, matcher).count(root, null, f);
  }

  @Test
  void decomposed_counts_equal_the_plain_answer_on_a_multi_segment_index_with_deletions()
      throws Exception {
    assertThat(reader.leaves()).hasSizeGreaterThan(1);
    assertThat(reader.hasDeletions()).isTrue();
    assertThat(DOCS).hasSize(300);
    StatsSearcher searcher =
        new StatsSearcher(reader, PARENTS, new SearchCache(64L << 20, Runnable::run));
    searcher.setQueryCache(null);
    FacetPass all = count(searcher, false, null, FacetFilter.none());
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
    assertThat(all.totalReports()).isEqualTo(300);
    assertThat(counties).hasSizeGreaterThan(20);
    assertThat(provinces).isNotEmpty();
    assertThat(cities).hasSizeGreaterThan(provinces.size());
    Random rnd = new Random(20261121L);
    List<String> queries =
        List.of("", "公开", "微信公众号", "行政复议", "政务新媒体 抖音", "抖音 OR 微博", "微信公众号 -抖音", "-抖音", "年", "区块链");
    PlainOracle plain = new PlainOracle(reader);
    int compared = 0;
    int withHits = 0;
    for (int i = 0; i < 400; i++) {
      String query = queries.get(rnd.nextInt(queries.size()));
      QueryNode root = ReportQueryParser.parse(query).root();
      FacetFilter f =
          new FacetFilter(
              pick(rnd, counties, "不存在县"),
              pick(rnd, agencies, "不存在局"),
              pick(rnd, withUnknownYear, 1990),
              pick(rnd, sections, 9),
              pick(rnd, provinces, "不存在省"),
              pick(rnd, cities, "不存在市"),
              // topics rarely, so that enough combinations of selections still match
              rnd.nextInt(4) == 0 ? pick(rnd, topics, FacetValue.UNKNOWN) : java.util.Set.of());
      FacetPass expected = oracle(plain, root, f);
      withHits += expected.totalReports() > 0 ? 1 : 0;
      // uncached, cached, and cached again (then served from the cache)
      for (boolean cache : new boolean[] {false, true, true}) {
        FacetPass got = count(searcher, cache, root, f);
        assertThat(got.totalReports()).as("%s %s", query, f).isEqualTo(expected.totalReports());
        assertThat(got.totalSections()).as("%s %s", query, f).isEqualTo(expected.totalSections());
        assertThat(got.hitsByYear()).as("%s %s", query, f).isEqualTo(expected.hitsByYear());
        assertThat(got.facets()).as("%s %s", query, f).isEqualTo(expected.facets());
        compared++;
      }
    }
    assertThat(compared).isEqualTo(1200);
    assertThat(withHits).isGreaterThan(10); // most combinations of selections match nothing
  }

  /**
   * Without report selections (or with one, whose drill-sideways pass has none), a query matching
   * more than half the reports is counted from every report's counts minus the reports that do not
   * match: the same answers as the plain oracle, deleted reports excluded.
   */
  @Test
  void large_matches_counted_by_subtraction_equal_the_plain_answer() throws Exception {
    StatsSearcher searcher =
        new StatsSearcher(reader, PARENTS, new SearchCache(64L << 20, Runnable::run));
    searcher.setQueryCache(null);
    FacetPass all = count(searcher, false, null, FacetFilter.none());
    String county = values(all, Facet.COUNTY).get(0);
    String province = values(all, Facet.PROVINCE).get(0);
    int year = Integer.parseInt(values(all, Facet.YEAR).get(0));
    List<FacetFilter> filters =
        List.of(
            FacetFilter.none(),
            new FacetFilter(Set.of(), Set.of(), Set.of(), Set.of(2), Set.of(), Set.of(), Set.of()),
            new FacetFilter(
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("主动公开")),
            new FacetFilter(
                Set.of(county), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
            new FacetFilter(
                Set.of(), Set.of(), Set.of(year), Set.of(), Set.of(), Set.of(), Set.of()),
            new FacetFilter(
                Set.of(), Set.of(), Set.of(), Set.of(), Set.of(province), Set.of(), Set.of()));
    PlainOracle plain = new PlainOracle(reader);
    int large = 0;
    for (String query : List.of("公开", "年", "-抖音", "微信公众号 -抖音", "公开 OR 抖音", "抖音", "区块链")) {
      QueryNode root = ReportQueryParser.parse(query).root();
      for (FacetFilter f : filters) {
        FacetPass expected = oracle(plain, root, f);
        large += f.isEmpty() && expected.totalReports() * 2 > DOCS.size() ? 1 : 0;
        for (boolean cache : new boolean[] {false, true}) {
          FacetPass got = count(searcher, cache, root, f);
          assertThat(got.totalReports()).as("%s %s", query, f).isEqualTo(expected.totalReports());
          assertThat(got.totalSections()).as("%s %s", query, f).isEqualTo(expected.totalSections());
          assertThat(got.hitsByYear()).as("%s %s", query, f).isEqualTo(expected.hitsByYear());
          assertThat(got.facets()).as("%s %s", query, f).isEqualTo(expected.facets());
        }
      }
    }
    assertThat(large).isGreaterThanOrEqualTo(4); // 公开, 年, -抖音, 公开 OR 抖音 at least
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
