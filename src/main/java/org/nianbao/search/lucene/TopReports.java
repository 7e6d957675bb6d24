package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.Bits;
import org.nianbao.search.SortOrder;

/**
 * Finds the best reports for a page once the counting pass ({@link FacetCounter}) has produced
 * totals and facets. The facet selections are applied up front ({@link ReportFilterQuery}). Scoring
 * every matching section is what makes common words slow, so:
 *
 * <ul>
 *   <li>by relevance, the top sections are found with Lucene's top-k collector (which skips
 *       non-competitive blocks) and grouped by report until the page is full: a report's score is
 *       its best section's score, so the first time a report shows up in score order it is at its
 *       rank;
 *   <li>by year, only the years needed to fill the page are scored.
 * </ul>
 *
 * Both then fetch the matching sections of the chosen reports with one small query.
 */
final class TopReports {
  private final StatsSearcher searcher;
  private final BitSetProducer parents;
  private final Query query;
  private final FacetFilter filter;
  private final boolean listedLater;

  /**
   * Ranks the sections matching {@code query} (scored) and passing {@code filter}; with {@code
   * listedLater} the caller lists each chosen report's sections itself ({@link
   * ReportQueries#withListed}), so ranking by relevance or measure does not look for them.
   */
  TopReports(
      StatsSearcher searcher,
      BitSetProducer parents,
      Query query,
      FacetFilter filter,
      boolean listedLater) {
    this.searcher = searcher;
    this.parents = parents;
    this.query = query;
    this.filter = filter;
    this.listedLater = listedLater;
  }

  /** The best {@code keep} reports by relevance (ties: newer year first, then index order). */
  List<ReportCollector.Candidate> byRelevance(int keep) throws IOException {
    if (keep == 0) {
      return List.of();
    }
    Query q = searcher.filtered(query, filter);
    TopReportCollector c = searcher.collect(q, new TopReportCollector(searcher.columns(), keep));
    return withSections(c.top(), q);
  }

  /**
   * The best {@code keep} reports ordered by year ({@code sort} NEWEST or OLDEST), scoring only the
   * years needed to fill the page.
   */
  List<ReportCollector.Candidate> byYear(
      SortOrder sort, int keep, Map<Integer, Long> hitsByYear, long total) throws IOException {
    if (Math.min(keep, total) == 0) {
      return List.of();
    }
    List<Integer> years = new ArrayList<>(hitsByYear.keySet());
    years.sort(sort == SortOrder.NEWEST ? Comparator.reverseOrder() : Comparator.naturalOrder());
    Set<Integer> needed = new LinkedHashSet<>();
    long covered = 0;
    for (int y : years) {
      if (covered >= keep) {
        break;
      }
      needed.add(y);
      covered += hitsByYear.get(y);
    }
    boolean withoutYear = covered < keep && covered < total; // reports without a year come last
    FacetFilter narrowed = withoutYear || needed.isEmpty() ? filter : filter.withYears(needed);
    ReportCollector c = new ReportCollector(parents, sort, keep);
    searcher.collect(searcher.filtered(query, narrowed), c);
    return c.topReports();
  }

  /**
   * The best {@code keep} reports by measure {@code key} (largest first unless {@code ascending},
   * reports without the value last), with their matching sections.
   */
  List<ReportCollector.Candidate> byMeasure(String key, boolean ascending, int keep)
      throws IOException {
    if (keep <= 0) {
      return List.of();
    }
    Query q = searcher.filtered(query, filter);
    int[][] values = searcher.measures().values(key);
    MeasureRanking c =
        searcher.collect(q, new MeasureRanking(searcher.columns(), values, ascending, keep));
    return withSections(c.top(), q);
  }

  /**
   * Adds to each chosen report its matching sections (passing the section filter): the query is run
   * only over each report's own section range ({@link ReportColumns}), in document order.
   */
  private List<ReportCollector.Candidate> withSections(
      List<ReportCollector.Candidate> reports, Query match) throws IOException {
    if (reports.isEmpty() || listedLater) {
      return reports;
    }
    Weight weight =
        searcher.createWeight(searcher.rewrite(match), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int[] order =
        IntStream.range(0, reports.size())
            .boxed()
            .sorted(Comparator.comparingInt(i -> reports.get(i).reportDoc()))
            .mapToInt(Integer::intValue)
            .toArray();
    int[][] sections = new int[reports.size()][];
    int leafOrd = -1;
    Scorer scorer = null;
    Deadline deadline = Deadline.current();
    for (int i : order) {
      if (deadline
          .expired()) { // past the deadline: the remaining reports are listed without sections
        sections[i] = new int[0];
        continue;
      }
      int reportDoc = reports.get(i).reportDoc();
      int ord = ReaderUtil.subIndex(reportDoc, leaves);
      LeafReaderContext ctx = leaves.get(ord);
      if (ord != leafOrd) { // candidates in doc order: one scorer per segment, advancing forward
        leafOrd = ord;
        scorer = weight.scorer(ctx);
      }
      sections[i] = scorer == null ? new int[0] : matching(scorer, ctx, reportDoc - ctx.docBase);
    }
    List<ReportCollector.Candidate> out = new ArrayList<>(reports.size());
    for (int i = 0; i < reports.size(); i++) {
      ReportCollector.Candidate c = reports.get(i);
      out.add(
          new ReportCollector.Candidate(
              c.reportDoc(), c.score(), c.year(), sections[i], new float[sections[i].length]));
    }
    return out;
  }

  /**
   * The (global) docs among report {@code localReportDoc}'s sections that {@code scorer} matches.
   */
  private int[] matching(Scorer scorer, LeafReaderContext ctx, int localReportDoc)
      throws IOException {
    ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
    int from = l.firstDoc(l.report(localReportDoc));
    DocIdSetIterator it = scorer.iterator();
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator approximation = twoPhase == null ? it : twoPhase.approximation();
    Bits live = ctx.reader().getLiveDocs();
    List<Integer> docs = new ArrayList<>();
    int d = approximation.docID() >= from ? approximation.docID() : approximation.advance(from);
    for (; d < localReportDoc; d = approximation.nextDoc()) {
      if ((live == null || live.get(d)) && (twoPhase == null || twoPhase.matches())) {
        docs.add(ctx.docBase + d);
      }
    }
    return docs.stream().mapToInt(Integer::intValue).toArray();
  }
}
