package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.nianbao.analysis.ChineseFolding;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;
import org.nianbao.search.FacetValue;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;

/**
 * The matching guarantee, property-style: for random substrings of the corpus (1–20 Han characters,
 * ASCII words) and random near-misses, the matching sections and the facet counts equal a
 * brute-force computation over the parsed section texts ({@code String.contains} after the same
 * character folding). A report's first section (the preamble) also matches when the phrase is in
 * the report's title or agency.
 */
class BruteForceOracleTest {
  static final long SEED = 20261121L;

  @TempDir static Path tmp;
  static LuceneSearchService service;
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
        reports.add(parser.parse(f));
      }
    }
    assertThat(reports).hasSize(7);
  }

  @AfterAll
  static void close() {
    service.close();
  }

  // ---- the oracle ----

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN && Character.isLetter(cp);
  }

  static boolean isWordChar(int cp) {
    return !isHan(cp) && Character.isLetterOrDigit(cp);
  }

  /** Han phrases: substring; ASCII words: whole word. On folded text, as the index sees it. */
  static boolean contains(String text, String phrase) {
    if (text == null) {
      return false;
    }
    String t = ChineseFolding.fold(text);
    String p = ChineseFolding.fold(phrase);
    if (p.codePoints().allMatch(BruteForceOracleTest::isHan)) {
      return t.contains(p);
    }
    for (int i = t.indexOf(p); i >= 0; i = t.indexOf(p, i + 1)) {
      boolean before = i == 0 || !isWordChar(t.codePointBefore(i));
      boolean after = i + p.length() >= t.length() || !isWordChar(t.codePointAt(i + p.length()));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  /** The body, or for the report's first section (the preamble) also its title and agency. */
  static boolean matches(Report r, Section s, String phrase) {
    boolean first = s == r.sections().get(0);
    return contains(s.text(), phrase)
        || (first && (contains(r.title(), phrase) || contains(r.agency(), phrase)));
  }

  /** Expected result of a one-phrase query with filters, computed by brute force. */
  record Expected(Set<String> hits, long sections, Map<String, Map<String, Long>> facets) {}

  static Expected expected(String phrase, SearchRequest req) {
    return expected((r, s) -> matches(r, s, phrase), req);
  }

  static Expected expected(
      java.util.function.BiPredicate<Report, Section> match, SearchRequest req) {
    Set<String> hits = new TreeSet<>();
    long sections = 0;
    Map<String, Map<String, Long>> facets = new HashMap<>();
    for (String f : DIMENSIONS) {
      facets.put(f, new TreeMap<>());
    }
    for (Report r : reports) {
      List<Section> matched = new ArrayList<>();
      for (Section s : r.sections()) {
        if (match.test(r, s)) {
          matched.add(s);
        }
      }
      List<Section> passing =
          matched.stream().filter(s -> numberOk(req, s) && topicOk(req, s)).toList();
      boolean c = req.counties().isEmpty() || req.counties().contains(known(r.county()));
      boolean a = req.agencies().isEmpty() || req.agencies().contains(known(r.agency()));
      boolean yearOk =
          req.years().isEmpty()
              || req.years().contains(r.year() == null ? SearchRequest.UNKNOWN_YEAR : r.year());
      String province = r.place() == null ? null : r.place().province();
      String city = r.place() == null ? null : r.place().city();
      boolean p = req.provinces().isEmpty() || req.provinces().contains(known(province));
      boolean ci = req.cities().isEmpty() || req.cities().contains(known(city));
      boolean y =
          yearOk && p && ci; // below: y = every report-level selection but county and agency
      if (matched.isEmpty()) {
        continue;
      }
      if (c && a && y) { // the section facet keeps the topic selection, and vice versa
        matched.stream()
            .filter(s -> topicOk(req, s))
            .map(s -> String.valueOf(s.number()))
            .distinct()
            .forEach(n -> facets.get("section").merge(n, 1L, Long::sum));
        matched.stream()
            .filter(s -> numberOk(req, s))
            .map(s -> known(s.topic()))
            .distinct()
            .forEach(t -> facets.get("topic").merge(t, 1L, Long::sum));
      }
      if (!passing.isEmpty() && a && yearOk) { // the place tree ignores every place selection
        place(facets.get("place"), r);
      }
      if (!passing.isEmpty()) {
        if (a && y) {
          facets.get("county").merge(known(r.county()), 1L, Long::sum);
        }
        if (c && y) {
          facets.get("agency").merge(known(r.agency()), 1L, Long::sum);
        }
        if (c && a && yearOk && ci) {
          facets.get("province").merge(known(province), 1L, Long::sum);
        }
        if (c && a && yearOk && p) {
          facets.get("city").merge(known(city), 1L, Long::sum);
        }
        if (c && a && p && ci) {
          facets.get("year").merge(knownYear(r), 1L, Long::sum);
        }
        if (c && a && y) {
          hits.add(r.id());
          sections += passing.size();
        }
      }
    }
    return new Expected(hits, sections, facets);
  }

  static final List<String> DIMENSIONS =
      List.of("county", "agency", "year", "section", "province", "city", "topic", "place");

  /** Counts {@code r} in every node of the place tree it belongs to. */
  static void place(Map<String, Long> tree, Report r) {
    String province = r.place() == null ? null : r.place().province();
    if (province == null) {
      tree.merge(FacetValue.UNKNOWN, 1L, Long::sum);
      return;
    }
    String city = r.place().city();
    tree.merge(province, 1L, Long::sum);
    if (city != null) {
      tree.merge(province + "›" + city, 1L, Long::sum);
    }
    if (r.place().county() != null) {
      tree.merge(
          province + "›" + (city == null ? "" : city) + "›" + r.place().county(), 1L, Long::sum);
    }
  }

  static boolean numberOk(SearchRequest req, Section s) {
    return req.sections().isEmpty() || req.sections().contains(s.number());
  }

  static boolean topicOk(SearchRequest req, Section s) {
    return req.topics().isEmpty() || req.topics().contains(known(s.topic()));
  }

  static String knownYear(Report r) {
    return r.year() == null ? FacetValue.UNKNOWN : String.valueOf(r.year());
  }

  /**
   * A report's value, or {@link FacetValue#UNKNOWN} when it has none (counted and filterable as
   * such).
   */
  static String known(String value) {
    return value == null ? FacetValue.UNKNOWN : value;
  }

  static Map<String, Map<String, Long>> actualFacets(SearchResults r) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    r.facets()
        .forEach(
            (k, values) -> {
              Map<String, Long> m = new TreeMap<>();
              values.stream().filter(v -> v.count() > 0).forEach(v -> m.put(v.value(), v.count()));
              out.put(k.key(), m);
            });
    return out;
  }

  static Set<String> actualHits(SearchResults r) {
    Set<String> ids = new TreeSet<>();
    r.results().forEach(h -> ids.add(h.id()));
    return ids;
  }

  static void check(String phrase, SearchRequest req) throws QueryException {
    check(phrase, expected(phrase, req), req);
  }

  static void check(String phrase, Expected e, SearchRequest req) throws QueryException {
    SearchResults r = service.search(req);
    assertThat(actualHits(r)).as("hits of %s with %s", phrase, req).isEqualTo(e.hits());
    assertThat(r.total()).as("total of %s", phrase).isEqualTo(e.hits().size());
    assertThat(r.totalSections()).as("sections of %s", phrase).isEqualTo(e.sections());
    long listed = r.results().stream().mapToLong(h -> h.sections().size()).sum();
    assertThat(listed).as("listed sections of %s", phrase).isEqualTo(e.sections());
    assertThat(actualFacets(r)).as("facets of %s with %s", phrase, req).isEqualTo(e.facets());
  }

  static SearchRequest plain(String q) {
    return new SearchRequest(
        q, List.of(), List.of(), List.of(), List.of(), SortOrder.RELEVANCE, 1, 500);
  }

  // ---- the properties ----

  @Test
  void random_han_substrings_of_the_corpus_match_exactly_the_sections_that_contain_them()
      throws Exception {
    Random rnd = new Random(SEED);
    int checked = 0;
    while (checked < 400) {
      Report r = reports.get(rnd.nextInt(reports.size()));
      Section s = r.sections().get(rnd.nextInt(r.sections().size()));
      String t = s.text();
      if (t.isEmpty()) {
        continue;
      }
      int len = 1 + rnd.nextInt(20);
      int start = rnd.nextInt(t.length());
      String sub = t.substring(start, Math.min(t.length(), start + len));
      if (sub.isEmpty() || !sub.codePoints().allMatch(BruteForceOracleTest::isHan)) {
        continue;
      }
      check(sub, plain(sub));
      checked++;
    }
  }

  @Test
  void near_misses_and_random_han_strings_match_exactly_what_brute_force_finds() throws Exception {
    Random rnd = new Random(SEED + 1);
    List<Integer> alphabet =
        new ArrayList<>(
            new TreeSet<>(
                reports.stream()
                    .flatMap(r -> r.sections().stream())
                    .flatMapToInt(s -> s.text().codePoints())
                    .filter(BruteForceOracleTest::isHan)
                    .boxed()
                    .toList()));
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + rnd.nextInt(4);
      for (int k = 0; k < len; k++) {
        sb.appendCodePoint(alphabet.get(rnd.nextInt(alphabet.size())));
      }
      check(sb.toString(), plain(sb.toString()));
    }
  }

  @Test
  void ascii_words_and_numbers_match_whole_words() throws Exception {
    Set<String> words = new TreeSet<>();
    for (Report r : reports) {
      for (Section s : r.sections()) {
        for (String w : ChineseFolding.fold(s.text()).split("[^a-z0-9]+")) {
          if (!w.isEmpty()) {
            words.add(w);
          }
        }
      }
    }
    assertThat(words).contains("0537", "www", "2021");
    for (String w : words) {
      check(w, plain(w));
    }
    check("WWW", plain("WWW"));
  }

  @Test
  void facet_counts_match_brute_force_under_random_filter_combinations() throws Exception {
    Random rnd = new Random(SEED + 2);
    List<String> counties =
        java.util.stream.Stream.concat(
                reports.stream().map(Report::county).filter(c -> c != null),
                Stream.of(FacetValue.UNKNOWN))
            .distinct()
            .sorted()
            .toList();
    List<String> agencies =
        Stream.concat(
                reports.stream().map(Report::agency).filter(a -> a != null),
                Stream.of(FacetValue.UNKNOWN, "不存在的机构"))
            .distinct()
            .sorted()
            .toList();
    List<Integer> years =
        Stream.concat(
                reports.stream().map(Report::year).filter(y -> y != null),
                Stream.of(SearchRequest.UNKNOWN_YEAR))
            .distinct()
            .sorted()
            .toList();
    List<String> topics =
        Stream.concat(
                reports.stream().flatMap(r -> r.sections().stream()).map(s -> known(s.topic())),
                Stream.of("不存在的主题"))
            .distinct()
            .sorted()
            .toList();
    assertThat(topics).contains("复议诉讼", "概述", "主动公开");
    List<String> phrases = List.of("微信公众号", "公开", "行政复议", "政务新媒体", "抖音", "申请", "0537", "年");
    for (int i = 0; i < 150; i++) {
      String phrase = phrases.get(rnd.nextInt(phrases.size()));
      SearchRequest req =
          new SearchRequest(
              phrase,
              pick(rnd, counties),
              pick(rnd, agencies),
              pick(rnd, years),
              pick(rnd, List.of(0, 1, 2, 3, 4, 5, 6)),
              SortOrder.RELEVANCE,
              1,
              500);
      check(phrase, req);
      check(phrase, req.withTopics(pick(rnd, topics)));
      check(
          phrase,
          req.withTopics(pick(rnd, topics))
              .withPlaces(
                  pick(rnd, List.of("山东省", "台湾省", "江苏省", FacetValue.UNKNOWN)),
                  pick(rnd, List.of("济宁市", "淄博市", "青岛市", FacetValue.UNKNOWN))));
    }
  }

  @Test
  void a_province_selects_every_report_below_it_and_keeps_its_sibling_counts() throws Exception {
    SearchResults r = service.search(plain("").withPlaces(List.of("山东省"), List.of()));
    assertThat(r.total())
        .isEqualTo(
            reports.stream()
                .filter(x -> x.place() != null && "山东省".equals(x.place().province()))
                .count());
    check("年", plain("年").withPlaces(List.of("山东省"), List.of("济宁市")));
    check("公开", plain("公开").withPlaces(List.of(), List.of("济宁市", "淄博市")));
  }

  @Test
  void and_or_and_not_combine_phrases_like_brute_force() throws Exception {
    // issue 16: the unit is the report (title, agency, all sections), not one section
    Random rnd = new Random(SEED + 3);
    List<String> phrases =
        List.of("微信公众号", "公开", "行政复议", "政务新媒体", "抖音", "申请", "0537", "年度报告", "网站", "无");
    for (int i = 0; i < 150; i++) {
      String a = phrases.get(rnd.nextInt(phrases.size()));
      String b = phrases.get(rnd.nextInt(phrases.size()));
      String c = phrases.get(rnd.nextInt(phrases.size()));
      check(
          a + " " + b,
          reportLevel(in -> in.test(a) && in.test(b), List.of(a, b)),
          plain(a + " " + b));
      check(
          a + " OR " + b,
          reportLevel(in -> in.test(a) || in.test(b), List.of(a, b)),
          plain(a + " OR " + b));
      check(
          a + " | " + b + " " + c,
          reportLevel(in -> (in.test(a) || in.test(b)) && in.test(c), List.of(a, b, c)),
          plain(a + "|" + b + " " + c));
      check(
          a + " -" + b,
          reportLevel(in -> in.test(a) && !in.test(b), List.of(a)),
          plain(a + " -" + b));
    }
  }

  /**
   * Expected result without filters of a report-level query: {@code query} tells from "which
   * phrases occur in the unit" whether a report matches; listed sections hold a {@code positive}
   * phrase; the section facet counts the reports matching with that section alone as the unit.
   */
  static Expected reportLevel(
      java.util.function.Predicate<java.util.function.Predicate<String>> query,
      List<String> positive) {
    Set<String> hits = new TreeSet<>();
    long sections = 0;
    Map<String, Map<String, Long>> facets = new HashMap<>();
    for (String f : DIMENSIONS) {
      facets.put(f, new TreeMap<>());
    }
    for (Report r : reports) {
      for (Section s : r.sections()) {
        if (query.test(p -> matches(r, s, p))) {
          facets.get("section").merge(String.valueOf(s.number()), 1L, Long::sum);
        }
      }
      // the topic facet: the reports matching with the sections of that topic as the unit
      for (String t : r.sections().stream().map(s -> known(s.topic())).distinct().toList()) {
        List<Section> unit = r.sections().stream().filter(s -> known(s.topic()).equals(t)).toList();
        if (query.test(p -> unit.stream().anyMatch(s -> matches(r, s, p)))) {
          facets.get("topic").merge(t, 1L, Long::sum);
        }
      }
      if (!query.test(p -> r.sections().stream().anyMatch(s -> matches(r, s, p)))) {
        continue;
      }
      hits.add(r.id());
      sections +=
          r.sections().stream()
              .filter(s -> positive.stream().anyMatch(p -> matches(r, s, p)))
              .count();
      // issue 12: reports without a value count under 未识别
      facets.get("county").merge(known(r.county()), 1L, Long::sum);
      facets.get("agency").merge(known(r.agency()), 1L, Long::sum);
      facets
          .get("province")
          .merge(known(r.place() == null ? null : r.place().province()), 1L, Long::sum);
      facets.get("city").merge(known(r.place() == null ? null : r.place().city()), 1L, Long::sum);
      facets.get("year").merge(knownYear(r), 1L, Long::sum);
      place(facets.get("place"), r);
    }
    return new Expected(hits, sections, facets);
  }

  static <T> List<T> pick(Random rnd, List<T> values) {
    if (rnd.nextInt(3) == 0) {
      return List.of();
    }
    Set<T> out = new HashSet<>();
    int n = 1 + rnd.nextInt(2);
    for (int i = 0; i < n; i++) {
      out.add(values.get(rnd.nextInt(values.size())));
    }
    return new ArrayList<>(out);
  }
}
