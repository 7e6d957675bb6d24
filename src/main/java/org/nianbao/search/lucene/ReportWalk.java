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
import org.nianbao.search.lucene.query.ReportQueryParser;

/**
 * Every report matching a search, in the order of its result pages, handed over a batch at a time
 * (exports): the ranking keeps only document numbers and scores for all matches; stored fields and
 * snippets are read {@link #BATCH} reports at a time, so memory does not grow with the text of the
 * results.
 */
final class ReportWalk {
  static final int BATCH = 200;

  private ReportWalk() {}

  static long walk(
      Searchers searchers,
      LuceneQueries queries,
      Highlights highlights,
      boolean facetCache,
      SearchRequest request,
      Consumer<ReportHit> sink)
      throws QueryException {
    request.checkMeasure();
    var parsed = ReportQueryParser.parse(request.query());
    SortOrder sort = request.sort().forQuery(parsed);
    FacetFilter filter = FacetFilter.of(request);
    StatsSearcher searcher = searchers.acquire();
    try {
      var m =
          RankedMatches.rank(
              searcher, queries, facetCache, parsed.root(), filter, sort, request.measure(), -1);
      List<ReportCollector.Candidate> all = m.top();
      FacetPass pass = m.pass();
      Query highlight = m.highlight();
      for (int from = 0; from < all.size(); from += BATCH) {
        List<ReportCollector.Candidate> batch =
            all.subList(from, Math.min(all.size(), from + BATCH));
        ResultPages.page(searcher, highlights, highlight, batch, pass, m.measure())
            .hits()
            .forEach(sink);
      }
      return all.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }
}
