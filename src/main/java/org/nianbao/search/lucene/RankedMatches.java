package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.SortOrder;
import org.nianbao.search.query.QueryNode;

/**
 * The matching reports of a search in result order, with their counts: build → count ‖ rank. Used
 * for a result page (the first {@code keep} reports) and for exports (every report).
 */
final class RankedMatches {

  /**
   * The ranked candidates, the counting pass, the query that highlights them and the measure whose
   * value the hits show ({@code null}: none).
   */
  record Result(
      List<ReportCollector.Candidate> top, FacetPass pass, Query highlight, String measure) {}

  private RankedMatches() {}

  /**
   * The first {@code keep} reports, or all of them when {@code keep} is negative. Ranking and
   * counting run one after the other on the searching thread: handing the ranking to another core
   * cost more than the overlap saved on this 2-core machine, light searches or heavy, idle or
   * loaded (BENCHMARKS.md §3, sixteenth round).
   */
  static Result rank(
      StatsSearcher searcher,
      LuceneQueries queries,
      boolean facetCache,
      QueryNode root,
      FacetFilter filter,
      SortOrder sort,
      MeasureFilter measure,
      int keep)
      throws IOException {
    ReportMatcher matcher =
        root == null ? null : new ReportMatcher(searcher, queries, root, facetCache);
    ResolvedFilter resolved = searcher.resolve(filter);
    boolean byRelevance = matcher != null && sort == SortOrder.RELEVANCE;
    SectionScoreSums sums =
        byRelevance ? SectionScoreSums.of(searcher, queries, matcher, resolved) : null;
    // the Lucene ranking query only where the flat loops do not rank (counting with a matcher
    // walks its reports, not a query)
    Query query =
        matcher == null || sums != null
            ? null
            : ReportQueries.ranking(queries, matcher, resolved, searcher.format());
    TopReports ranking =
        sums != null
            ? null
            : new TopReports(
                searcher,
                Searchers.PARENTS,
                query == null ? LuceneQueries.allSections() : query,
                filter,
                matcher != null);
    // a page ranked by relevance needs no counts: ranked first, so that a search stopped at its
    // deadline still shows its best reports (its counts are then the partial ones)
    List<ReportCollector.Candidate> page =
        byRelevance && keep >= 0 ? byRelevance(sums, ranking, keep) : null;
    FacetPass pass = new FacetCounter(searcher, facetCache, matcher).count(root, query, filter);
    int n = keep >= 0 ? keep : (int) Math.min(Integer.MAX_VALUE - 8, pass.totalReports());
    List<ReportCollector.Candidate> candidates;
    if (page != null) {
      candidates = page;
    } else if (sort == SortOrder.MEASURE && measure != null) {
      candidates = ranking.byMeasure(measure.key(), measure.ascending(), n);
    } else if (byRelevance) { // every report: an export
      candidates = byRelevance(sums, ranking, n);
    } else {
      candidates = ranking.byYear(sort, n, pass.hitsByYear(), pass.totalReports());
    }
    List<ReportCollector.Candidate> top =
        ReportQueries.withListed(searcher, matcher, resolved, candidates);
    return new Result(
        top, pass, ReportQueries.highlight(queries, root), measure == null ? null : measure.key());
  }

  /** The best {@code n} reports by relevance: by the flat loops, else by the ranking query. */
  private static List<ReportCollector.Candidate> byRelevance(
      SectionScoreSums sums, TopReports ranking, int n) throws IOException {
    return sums != null ? sums.top(n) : ranking.byRelevance(n);
  }
}
