package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import org.nianbao.search.UserQuery;
import org.nianbao.search.UserQueryParser;

/**
 * Every report matching a search, in the order of its result pages, handed over a batch at a
 * time (exports): the ranking keeps only document numbers and scores for all matches; stored
 * fields and snippets are read {@link #BATCH} reports at a time, so memory does not grow with the
 * text of the results.
 */
final class ReportWalk {
  static final int BATCH = 200;

  private ReportWalk() {}

  static long walk(Searchers searchers, LuceneQueries queries, Highlights highlights, boolean facetCache,
      SearchRequest request, Consumer<ReportHit> sink) throws QueryException {
    UserQuery parsed = UserQueryParser.parse(request.query());
    SortOrder sort = request.sort().forQuery(parsed);
    FacetFilter filter = FacetFilter.of(request);
    StatsSearcher searcher = searchers.acquire();
    try {
      Query query = queries.build(parsed);
      FacetPass pass = new FacetCounter(searcher, facetCache).count(parsed, query, filter);
      int total = (int) Math.min(Integer.MAX_VALUE - 8, pass.totalReports());
      TopReports ranking = new TopReports(searcher, Searchers.PARENTS, query == null ? LuceneQueries.allSections() : query, filter);
      List<ReportCollector.Candidate> all = query != null && sort == SortOrder.RELEVANCE
          ? ranking.byRelevance(total, total)
          : ranking.byYear(sort, total, pass.hitsByYear(), pass.totalReports());
      Query highlight = query == null ? null : queries.highlight(parsed);
      for (int from = 0; from < all.size(); from += BATCH) {
        List<ReportCollector.Candidate> batch = all.subList(from, Math.min(all.size(), from + BATCH));
        ResultPages.page(searcher, highlights, highlight, batch, pass).hits().forEach(sink);
      }
      return all.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }
}
