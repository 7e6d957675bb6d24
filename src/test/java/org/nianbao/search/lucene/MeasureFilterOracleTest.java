package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nianbao.search.lucene.TestReports.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportHit;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;
import org.nianbao.stats.Measure;
import org.nianbao.stats.StatisticsExtractor;

/**
 * Filtering and sorting by a statistics measure, oracle-style: for random queries, facet filters,
 * measures, ranges and orders, the totals, facet counts, hits (and their order and values) equal a
 * brute-force computation over the statistics extracted from the reports themselves.
 */
class MeasureFilterOracleTest {
  static final long SEED = 20261130L;
  static final List<String> COUNTIES = List.of("甲县", "乙区", "丙县", "丁市");
  static final List<String> WORDS = List.of("微信公众号", "抖音", "政务新媒体");
  static final List<Measure> MEASURES =
      List.of(
          Measure.NEW_REQUESTS,
          Measure.REVIEW_TOTAL,
          Measure.GRANTED,
          Measure.DENIED_SECRET,
          Measure.LITIGATION_TOTAL);

  @TempDir static Path dir;
  static LuceneSearchService service;
  static final List<Report> reports = new ArrayList<>();
  static final List<Map<Measure, Integer>> values = new ArrayList<>();
  static final List<String> indexOrder = new ArrayList<>();

  @BeforeAll
  static void build() throws Exception {
    Random rnd = new Random(SEED);
    for (int i = 0; i < 64; i++) {
      String county = COUNTIES.get(i % COUNTIES.size());
      String agency = county + List.of("教育局", "民政局", "财政局", "卫健委").get(i / 16);
      int year = 2019 + (i / 4) % 4;
      StringBuilder text = new StringBuilder("年度工作概况。");
      for (String w : WORDS) {
        if (rnd.nextInt(3) > 0) {
          text.append("通过").append(w).append("发布信息。");
        }
      }
      int kind = rnd.nextInt(10);
      String requests =
          kind == 0 ? "本年未制作统计表。" : StatTexts.requests(rnd.nextInt(25), rnd.nextInt(6));
      int reviews = rnd.nextInt(6);
      String table4 =
          kind < 3
              ? "本年无复议。"
              : StatTexts.reviews(reviews, rnd.nextInt(reviews + 1), rnd.nextInt(4));
      reports.add(report(agency, county, year, text.toString(), "主动公开。", requests, table4));
    }
    TestReports.index(dir, reports.toArray(Report[]::new));
    for (Report r : reports) {
      var stats = StatisticsExtractor.extract(r);
      Map<Measure, Integer> v = new java.util.EnumMap<>(Measure.class);
      for (Measure m : MEASURES) {
        v.put(m, m.of(stats));
      }
      values.add(v);
    }
    service = LuceneSearchService.open(dir);
    service.numbers(SearchRequest.of("")).forEach(n -> indexOrder.add(n.id())); // index order
    assertThat(indexOrder).hasSize(reports.size());
    // the corpus has what the test needs: reports with and without each measure
    for (Measure m : MEASURES) {
      assertThat(values.stream().filter(v -> v.get(m) == null).count()).isPositive();
      assertThat(values.stream().filter(v -> v.get(m) != null).count()).isGreaterThan(30);
    }
  }

  @AfterAll
  static void close() {
    service.close();
  }

  /** Whether report {@code i} matches {@code query} (one word, or a word and an excluded word). */
  static boolean matches(int i, String query) {
    if (query.isEmpty()) {
      return true;
    }
    String text = reports.get(i).sections().stream().map(Section::text).reduce("", String::concat);
    String[] parts = query.split(" ");
    return text.contains(parts[0]) && (parts.length == 1 || !text.contains(parts[1].substring(1)));
  }

  @Test
  void random_filters_and_sorts_equal_brute_force() throws Exception {
    Random rnd = new Random(SEED + 1);
    int sorted = 0;
    int restricted = 0;
    for (int round = 0; round < 200; round++) {
      String query =
          switch (rnd.nextInt(4)) {
            case 0 -> "";
            case 1 -> WORDS.get(rnd.nextInt(3));
            case 2 -> WORDS.get(0) + " -" + WORDS.get(1);
            default -> WORDS.get(2);
          };
      List<String> counties =
          rnd.nextInt(3) == 0 ? List.of(COUNTIES.get(rnd.nextInt(4))) : List.of();
      List<Integer> years = rnd.nextInt(4) == 0 ? List.of(2019 + rnd.nextInt(4)) : List.of();
      Measure m = MEASURES.get(rnd.nextInt(MEASURES.size()));
      Integer min = rnd.nextBoolean() ? rnd.nextInt(12) : null;
      Integer max = rnd.nextInt(3) == 0 ? (min == null ? 0 : min) + rnd.nextInt(15) : null;
      SortOrder sort =
          List.of(SortOrder.RELEVANCE, SortOrder.NEWEST, SortOrder.MEASURE).get(rnd.nextInt(3));
      boolean asc = rnd.nextBoolean();
      MeasureFilter filter = new MeasureFilter(m.key(), min, max, asc);
      SearchRequest request =
          new SearchRequest(query, counties, List.of(), years, List.of(), sort, 1, 100)
              .withMeasure(filter);
      String what = request.toString();

      List<Integer> expected = new ArrayList<>();
      for (int i = 0; i < reports.size(); i++) {
        Report r = reports.get(i);
        if (matches(i, query)
            && (counties.isEmpty() || counties.contains(r.county()))
            && (years.isEmpty() || years.contains(r.year()))
            && filter.accepts(values.get(i).get(m))) {
          expected.add(i);
        }
      }
      SearchResults res = service.search(request);
      assertThat(res.total()).as(what).isEqualTo(expected.size());
      assertThat(res.results())
          .extracting(ReportHit::id)
          .as(what)
          .containsExactlyInAnyOrderElementsOf(
              expected.stream().map(i -> reports.get(i).id()).toList());
      for (ReportHit h : res.results()) {
        int i = index(h.id());
        assertThat(h.measureValue()).as(what + " " + h.id()).isEqualTo(values.get(i).get(m));
      }
      if (sort == SortOrder.MEASURE) {
        sorted++;
        List<Integer> order = new ArrayList<>(expected);
        Comparator<Integer> byValue = Comparator.comparingInt(i -> values.get(i).get(m));
        order.sort(
            Comparator.comparing((Integer i) -> values.get(i).get(m) == null)
                .thenComparing(
                    (a, b) -> {
                      Integer x = values.get(a).get(m);
                      Integer y = values.get(b).get(m);
                      if (x == null || y == null) {
                        return 0;
                      }
                      return asc ? Integer.compare(x, y) : Integer.compare(y, x);
                    })
                .thenComparing(i -> -reports.get(i).year())
                .thenComparing(i -> indexOrder.indexOf(reports.get(i).id())));
        assertThat(res.results())
            .extracting(ReportHit::id)
            .as(what)
            .containsExactlyElementsOf(order.stream().map(i -> reports.get(i).id()).toList());
      }
      if (filter.restricts()) {
        restricted++;
      }
      // facets count the filtered reports; a facet's own selection is left out of its counts
      Map<String, Long> byCounty = new TreeMap<>();
      for (int i = 0; i < reports.size(); i++) {
        Report r = reports.get(i);
        if (matches(i, query)
            && (years.isEmpty() || years.contains(r.year()))
            && filter.accepts(values.get(i).get(m))) {
          byCounty.merge(r.county(), 1L, Long::sum);
        }
      }
      Map<String, Long> got = new TreeMap<>();
      for (FacetValue v : res.facets().get(Facet.COUNTY)) {
        if (v.count() > 0) { // a selected value is listed even when nothing has it
          got.put(v.value(), v.count());
        }
      }
      assertThat(got).as(what).isEqualTo(byCounty);
      // the 数据 page's numbers: the same reports
      assertThat(service.numbers(request))
          .extracting(ReportNumbers::id)
          .as(what)
          .containsExactlyInAnyOrderElementsOf(
              expected.stream().map(i -> reports.get(i).id()).toList());
      // exports: the same reports in the same order as the pages
      List<String> walked = new ArrayList<>();
      service.forEachMatch(request, h -> walked.add(h.id()));
      assertThat(walked).as(what).isEqualTo(res.results().stream().map(ReportHit::id).toList());
    }
    assertThat(sorted).isGreaterThan(40);
    assertThat(restricted).isGreaterThan(70);
  }

  @Test
  void a_page_of_the_measure_order_and_paging() throws Exception {
    SearchRequest first =
        new SearchRequest("", List.of(), List.of(), List.of(), List.of(), SortOrder.MEASURE, 1, 5)
            .withMeasure(new MeasureFilter("new_requests", null, null, false));
    SearchRequest second =
        new SearchRequest("", List.of(), List.of(), List.of(), List.of(), SortOrder.MEASURE, 2, 5)
            .withMeasure(new MeasureFilter("new_requests", null, null, false));
    List<Integer> a =
        service.search(first).results().stream().map(ReportHit::measureValue).toList();
    List<Integer> b =
        service.search(second).results().stream().map(ReportHit::measureValue).toList();
    List<Integer> all = new ArrayList<>(a);
    all.addAll(b);
    List<Integer> want =
        values.stream()
            .map(v -> v.get(Measure.NEW_REQUESTS))
            .filter(java.util.Objects::nonNull)
            .sorted(Comparator.reverseOrder())
            .limit(10)
            .toList();
    assertThat(all).isEqualTo(want);
  }

  @Test
  void bad_measures_are_query_errors() {
    assertThatThrownBy(
            () ->
                service.search(
                    SearchRequest.of("").withMeasure(new MeasureFilter("nope", 1, null, false))))
        .isInstanceOf(QueryException.class)
        .hasMessageStartingWith("未知的统计项：nope");
    assertThatThrownBy(
            () ->
                service.search(
                    SearchRequest.of("")
                        .withMeasure(new MeasureFilter("new_requests", 5, 2, false))))
        .isInstanceOf(QueryException.class)
        .hasMessage("统计项范围有误：最小值 5 大于最大值 2");
    assertThatThrownBy(
            () ->
                service.search(
                    new SearchRequest(
                        "", List.of(), List.of(), List.of(), List.of(), SortOrder.MEASURE, 1, 10)))
        .isInstanceOf(QueryException.class)
        .hasMessage("按统计项排序需要指定统计项（measure）");
  }

  static int index(String id) {
    for (int i = 0; i < reports.size(); i++) {
      if (reports.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }
}
