package org.nianbao.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;
import org.nianbao.search.ReportLevelOracle.Doc;
import org.nianbao.search.ReportLevelOracle.Expected;
import org.nianbao.search.ReportLevelOracle.Filters;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.query.RandomQueries;

/**
 * The searcher against the brute-force report-level oracle (issue 16) on the bundled corpus: hits,
 * totals, listed sections and every facet count must agree exactly, for phrases and alternatives
 * and for random boolean queries (groups, negations, field scopes, year ranges, proximity) under
 * random filters. The oracle works on plain strings and shares no code with the searcher; the
 * random queries are model trees, typed into the search box as their canonical text.
 */
class ReportLevelOracleAgreementTest {
  @TempDir static Path tmp;
  static LuceneSearchService service;
  static List<Doc> docs = new ArrayList<>();
  static List<Report> reports = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (Path dir :
        List.of(Path.of("src/main/resources/corpus"), Path.of("src/test/resources/search"))) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f :
            files
                .filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt"))
                .sorted()
                .toList()) {
          Files.copy(f, corpus.resolve(f.getFileName()));
        }
      }
    }
    Path index = tmp.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      assertThat(indexer.index(List.of(corpus), false, ProgressListener.NONE).skipped()).isEmpty();
    }
    service = LuceneSearchService.open(index);
    ReportParser parser = new ReportParser();
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.sorted().toList()) {
        Report r = parser.parse(f);
        reports.add(r);
        TreeMap<Integer, String> sections = new TreeMap<>();
        Map<Integer, String> topics = new TreeMap<>();
        for (Section s : r.sections()) {
          sections.put(s.number(), s.text());
          if (s.topic() != null) {
            topics.put(s.number(), s.topic());
          }
        }
        docs.add(
            new Doc(
                r.id(), r.title(), r.agency(), r.county(), r.county(), r.year(), sections, topics));
      }
    }
    assertThat(docs).hasSize(7);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  static int check(String query, SearchRequest req) throws Exception {
    return check(ReportQueryParser.parse(query).root(), req);
  }

  static int check(QueryNode node, SearchRequest req) throws Exception {
    String query = req.query();
    Expected e =
        ReportLevelOracle.expected(
            docs,
            node,
            new Filters(
                Set.copyOf(req.counties()),
                Set.copyOf(req.agencies()),
                Set.copyOf(req.years()),
                Set.copyOf(req.sections()),
                Set.copyOf(req.topics())));
    SearchResults r = service.search(req);
    Set<String> ids = new TreeSet<>();
    r.results().forEach(h -> ids.add(h.id()));
    assertThat(ids).as("hits of %s with %s", query, req).containsExactlyElementsOf(e.hits());
    assertThat(r.total()).as("total of %s", query).isEqualTo(e.hits().size());
    assertThat(r.totalSections())
        .as("sections of %s with %s", query, req)
        .isEqualTo(e.listedSections());
    Map<String, Map<String, Long>> facets = new TreeMap<>();
    r.facets()
        .forEach(
            (k, values) -> {
              if (k == Facet.PROVINCE || k == Facet.CITY || k == Facet.PLACE) {
                return; // place facets: checked by BruteForceOracleTest and FacetCounterOracleTest
              }
              Map<String, Long> m = new TreeMap<>();
              values.stream()
                  .filter(v -> v.count() > 0) // 未识别 too: counted by the oracle
                  .forEach(v -> m.put(v.value(), v.count()));
              facets.put(k.key(), m);
            });
    assertThat(facets).as("facets of %s with %s", query, req).isEqualTo(e.facets());
    return e.hits().size();
  }

  /** Every section topic of the corpus, 未识别 for sections without one. */
  static List<String> topics() {
    List<String> out =
        reports.stream()
            .flatMap(r -> r.sections().stream())
            .map(s -> s.topic() == null ? FacetValue.UNKNOWN : s.topic())
            .distinct()
            .sorted()
            .toList();
    assertThat(out).contains("复议诉讼", "主动公开");
    return out;
  }

  static String randomPhrase(Random rnd) {
    while (true) {
      Report r = reports.get(rnd.nextInt(reports.size()));
      String t =
          rnd.nextInt(5) == 0
              ? r.title()
              : r.sections().get(rnd.nextInt(r.sections().size())).text();
      if (t == null || t.isEmpty()) {
        continue;
      }
      int start = rnd.nextInt(t.length());
      String sub = t.substring(start, Math.min(t.length(), start + 1 + rnd.nextInt(8)));
      if (!sub.isEmpty() && sub.codePoints().allMatch(ReportLevelOracle::isHan)) {
        return sub;
      }
    }
  }

  static <T> List<T> pick(Random rnd, List<T> values) {
    if (values.isEmpty() || rnd.nextInt(3) > 0) {
      return List.of();
    }
    Set<T> out = new HashSet<>();
    for (int i = 0, n = 1 + rnd.nextInt(2); i < n; i++) {
      out.add(values.get(rnd.nextInt(values.size())));
    }
    return new ArrayList<>(out);
  }

  @Test
  void phrases_and_alternatives_agree_with_the_searcher_under_random_filters() throws Exception {
    Random rnd = new Random(20261129L);
    List<String> counties =
        reports.stream().map(Report::county).filter(c -> c != null).distinct().sorted().toList();
    List<String> agencies =
        reports.stream().map(Report::agency).filter(a -> a != null).distinct().sorted().toList();
    List<Integer> years =
        Stream.concat(
                reports.stream().map(Report::year).filter(y -> y != null),
                Stream.of(SearchRequest.UNKNOWN_YEAR))
            .distinct()
            .sorted()
            .toList();
    List<String> topics = topics();
    List<String> fixed = List.of("0537", "WWW", "www", "行政复议", "行政復議", "ＡＢＣ", "公开", "抖音", "年度报告");
    int withHits = 0;
    for (int i = 0; i < 300; i++) {
      String a = rnd.nextInt(4) == 0 ? fixed.get(rnd.nextInt(fixed.size())) : randomPhrase(rnd);
      String query = rnd.nextInt(3) == 0 ? a + " OR " + randomPhrase(rnd) : a;
      SearchRequest req =
          new SearchRequest(
              query,
              pick(rnd, counties),
              pick(rnd, agencies),
              pick(rnd, years),
              pick(rnd, List.of(0, 1, 2, 3, 4, 5, 6)),
              SortOrder.RELEVANCE,
              1,
              500);
      req = req.withTopics(pick(rnd, topics));
      withHits += check(query, req) > 0 ? 1 : 0;
    }
    assertThat(withHits).isGreaterThan(120); // topic and 未识别 filters narrow some requests
  }

  @Test
  void random_boolean_queries_agree_with_the_oracle_under_random_filters() throws Exception {
    Random rnd = new Random(16L);
    List<String> counties =
        reports.stream().map(Report::county).filter(c -> c != null).distinct().sorted().toList();
    List<String> agencies =
        reports.stream().map(Report::agency).filter(a -> a != null).distinct().sorted().toList();
    List<Integer> years =
        Stream.concat(
                reports.stream().map(Report::year).filter(y -> y != null),
                Stream.of(SearchRequest.UNKNOWN_YEAR))
            .distinct()
            .sorted()
            .toList();
    List<String> topics = topics();
    List<String> phrases = new ArrayList<>(List.of("公开", "抖音", "年度报告", "行政复议", "微信", "政府信息", "申请"));
    for (int i = 0; i < 40; i++) {
      phrases.add(randomPhrase(rnd));
    }
    List<String> meta = new ArrayList<>();
    for (Report r : reports) {
      for (String t : new String[] {r.title(), r.agency(), r.county()}) {
        if (t != null && t.length() >= 2) {
          int start = rnd.nextInt(t.length() - 1);
          meta.add(t.substring(start, Math.min(t.length(), start + 2 + rnd.nextInt(3))));
        }
      }
    }
    meta.add("人民政府");
    RandomQueries gen =
        new RandomQueries(
            rnd,
            phrases,
            meta,
            years.stream().filter(y -> y != SearchRequest.UNKNOWN_YEAR).toList());
    int withHits = 0;
    int withoutHits = 0;
    int checked = 0;
    for (int i = 0; i < 400; i++) {
      QueryNode node = gen.next(3);
      String query = node.toString();
      if (query.length() > ReportQueryParser.MAX_LENGTH) {
        continue;
      }
      SearchRequest req =
          new SearchRequest(
              query,
              pick(rnd, counties),
              pick(rnd, agencies),
              pick(rnd, years),
              pick(rnd, List.of(0, 1, 2, 3, 4, 5, 6)),
              SortOrder.RELEVANCE,
              1,
              500);
      req = req.withTopics(pick(rnd, topics));
      int n = check(node, req);
      withHits += n > 0 ? 1 : 0;
      withoutHits += n == 0 ? 1 : 0;
      checked++;
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(withHits).isGreaterThan(80);
    assertThat(withoutHits).isGreaterThan(20);
  }
}
