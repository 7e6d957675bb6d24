package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.query.ReportQueryParser;

/**
 * The title boost is given only where the title or agency holds the phrase itself, not merely all
 * of its bigrams apart: every report here says 报告信息 and 年度报告信息 in its first section, and every
 * title holds 年度, 度报, 报告, 告信 and 信息 (告信局… 政府信息公开工作年度报告) but only one title holds the phrases
 * (年度报告信息局…). 报告信息 is boosted by its title run-gram (index format 4); 年度报告信息, longer than a
 * run-gram, by the phrase over the bigrams, whose positions the flat loops check only where a
 * candidate stands (the scorer's approximation and the candidates leapfrog). Both must give the
 * scores of Lucene's own scorer, with a year filter (few candidates) and without.
 */
class TitleBoostTest {
  @TempDir Path idx;

  @Test
  void the_title_boost_needs_the_phrase_not_its_bigrams() throws Exception {
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      reports.add(report("告信局" + i, 2001 + i % 24));
    }
    reports.add(report("年度报告信息局", 2010));
    TestReports.index(idx, reports.toArray(Report[]::new));
    try (FSDirectory dir = FSDirectory.open(idx);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      StatsSearcher searcher =
          new StatsSearcher(reader, Searchers.PARENTS, new SearchCache(64L << 20, Runnable::run));
      LuceneQueries queries = new LuceneQueries();
      for (String q : List.of("报告信息", "年度报告信息")) {
        Map<Integer, Float> byYear = compare(searcher, queries, q, List.of(2010));
        Map<Integer, Float> all = compare(searcher, queries, q, List.of());
        assertThat(byYear).hasSize(11);
        assertThat(all).hasSize(241);
        // one report's title holds the phrase: it alone scores above the rest, who score alike
        assertThat(new java.util.TreeSet<>(all.values())).as(q).hasSize(2);
        float boosted = java.util.Collections.max(all.values());
        assertThat(all.values().stream().filter(s -> s == boosted)).hasSize(1);
        assertThat(new java.util.TreeSet<>(byYear.values())).as(q).hasSize(2);
      }
    }
  }

  /** Flat-loop scores equal the document-at-a-time ranking's, per report; returns them. */
  private static Map<Integer, Float> compare(
      StatsSearcher searcher, LuceneQueries queries, String q, List<Integer> years)
      throws Exception {
    SearchRequest r =
        new SearchRequest(q, List.of(), List.of(), years, List.of(), SortOrder.RELEVANCE, 1, 10);
    ReportMatcher matcher =
        new ReportMatcher(searcher, queries, ReportQueryParser.parse(r.query()).root(), false);
    FacetFilter filter = FacetFilter.of(r);
    ResolvedFilter resolved = searcher.resolve(filter);
    TopReports daat =
        new TopReports(
            searcher,
            Searchers.PARENTS,
            ReportQueries.ranking(queries, matcher, resolved, searcher.format()),
            filter,
            true);
    Map<Integer, Float> expected = scores(daat.byRelevance(1000));
    Map<Integer, Float> got =
        scores(SectionScoreSums.of(searcher, queries, matcher, resolved).top(1000));
    assertThat(got.keySet()).isEqualTo(expected.keySet());
    expected.forEach(
        (doc, score) ->
            assertThat(got.get(doc))
                .as("%s: report doc %d, years %s", q, doc, years)
                .isCloseTo(score, org.assertj.core.data.Offset.offset(1e-5f)));
    return got;
  }

  private static Map<Integer, Float> scores(List<ReportCollector.Candidate> list) {
    Map<Integer, Float> out = new HashMap<>();
    list.forEach(c -> out.put(c.reportDoc(), c.score()));
    return out;
  }

  /** A report whose first section (which carries the title and agency) says both phrases. */
  private static Report report(String agency, int year) {
    Report r = TestReports.report(agency, "甲县", year, "其他事项。");
    List<Section> sections = new ArrayList<>(r.sections());
    sections.set(0, new Section(0, "概述", "", "报告信息汇总，年度报告信息。", List.of()));
    return new Report(
        r.source(), r.id(), r.title(), r.agency(), r.place(), r.year(), sections, List.of());
  }
}
