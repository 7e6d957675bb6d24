package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BytesRef;
import org.nianbao.index.Fields;

/**
 * Finds the best reports for a page once the counting pass ({@link FacetCounter}) has produced
 * totals and facets. The facet selections are applied up front ({@link ReportFilterQuery}). Scoring every matching section is what makes common
 * words slow, so:
 *
 * <ul>
 *   <li>by relevance, the top sections are found with Lucene's top-k collector (which skips
 *       non-competitive blocks) and grouped by report until the page is full: a report's score is
 *       its best section's score, so the first time a report shows up in score order it is at
 *       its rank;
 *   <li>by year, only the years needed to fill the page are scored.
 * </ul>
 *
 * Both then fetch the matching sections of the chosen reports with one small query.
 */
final class TopReports {
  private final StatsSearcher searcher;
  private final BitSetProducer parents;
  private final FacetCounter counter;
  private final Query query;
  private final FacetFilter filter;

  /** Ranks the sections matching {@code query} (scored) and passing {@code filter}. */
  TopReports(StatsSearcher searcher, BitSetProducer parents, FacetCounter counter, Query query, FacetFilter filter) {
    this.searcher = searcher;
    this.parents = parents;
    this.counter = counter;
    this.query = query;
    this.filter = filter;
  }

  /** The best {@code keep} reports by relevance (ties: newer year first, then index order). */
  List<ReportCollector.Candidate> byRelevance(int keep, long total) throws IOException {
    int want = (int) Math.min(keep, total);
    if (want == 0) {
      return List.of();
    }
    Query q = counter.filtered(query, filter);
    TopReportCollector c = new TopReportCollector(searcher.columns(), want);
    searcher.search(q, LuceneSearchService.single(c));
    return withSections(c.top(), q);
  }

  /**
   * The best {@code keep} reports ordered by year ({@code sort} NEWEST or OLDEST), scoring only
   * the years needed to fill the page.
   */
  List<ReportCollector.Candidate> byYear(SortOrder sort, int keep, Map<Integer, Long> hitsByYear, long total)
      throws IOException {
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
    FacetFilter narrowed = withoutYear || needed.isEmpty()
        ? filter
        : new FacetFilter(filter.counties(), filter.agencies(), needed, filter.sections());
    ReportCollector c = new ReportCollector(FacetFilter.none(), parents, searcher.ordinals(), sort, keep, true);
    searcher.search(counter.filtered(query, narrowed), LuceneSearchService.single(c));
    return c.topReports();
  }

  /** Adds to each chosen report its matching sections (passing the section filter). */
  private List<ReportCollector.Candidate> withSections(List<ReportCollector.Candidate> reports, Query match)
      throws IOException {
    if (reports.isEmpty()) {
      return reports;
    }
    List<BytesRef> ids = new ArrayList<>();
    for (ReportCollector.Candidate c : reports) {
      ids.add(new BytesRef(ResultMetadata.report(searcher.getIndexReader(), c.reportDoc()).id()));
    }
    Query q = and(match, new TermInSetQuery(Fields.REPORT_ID, ids));
    int n = Math.max(1, searcher.count(q));
    Map<Integer, List<Integer>> sections = new LinkedHashMap<>();
    for (ScoreDoc sd : searcher.search(q, n, new Sort(SortField.FIELD_DOC)).scoreDocs) {
      sections.computeIfAbsent(parentOf(sd.doc), k -> new ArrayList<>()).add(sd.doc);
    }
    List<ReportCollector.Candidate> out = new ArrayList<>(reports.size());
    for (ReportCollector.Candidate c : reports) {
      int[] docs = sections.getOrDefault(c.reportDoc(), List.of()).stream().mapToInt(Integer::intValue).toArray();
      out.add(new ReportCollector.Candidate(c.reportDoc(), c.score(), c.year(), docs, new float[docs.length]));
    }
    return out;
  }

  private int parentOf(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext ctx = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return ctx.docBase + parents.getBitSet(ctx).nextSetBit(doc - ctx.docBase);
  }



  private static Query and(Query q, Query filter) {
    if (filter == null) {
      return q;
    }
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

}
