package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import org.apache.lucene.search.Query;
import org.nianbao.search.IndexStats;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;
import org.nianbao.search.SearchSettings;
import org.nianbao.search.SortOrder;
import org.nianbao.search.UserQuery;
import org.nianbao.search.UserQueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchService} over a Lucene index directory; the one public class of this package. A
 * search reads as: acquire a searcher → parse → build the Lucene query → count ‖ rank → assemble
 * the page → release. It only reads; a new commit made by a separate {@code index} process is
 * picked up within a second ({@link Searchers}).
 */
public final class LuceneSearchService implements SearchService {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);
  /** Larger pages are not cached (a page of 500 reports with snippets is about a megabyte). */
  private static final int MAX_CACHED_PAGE = 50;

  /** Before warming up, wait so as not to compete with the first real search (then skipped). */
  private static final long WARM_UP_DELAY_MS = 1500;

  /** A result page in the cache: the parsed query, selections, sort and page. */
  private record ResultKey(UserQuery query, FacetFilter filter, SortOrder sort, int page, int size) {}

  private final SearchSettings settings;
  private final SearchCache cache;
  private final Searchers searchers;
  private final LuceneQueries queries = new LuceneQueries();
  private final Highlights highlights = new Highlights();
  private final Ranker ranker = new Ranker();
  private volatile boolean searched;

  private LuceneSearchService(Path indexDir, SearchSettings settings) {
    this.settings = settings;
    this.cache = new SearchCache(settings.cacheBytes(), Runnable::run);
    this.searchers = Searchers.open(indexDir, cache);
    searchers.later(this::warmUp, WARM_UP_DELAY_MS);
  }

  /** Opens the index in {@code indexDir} for reading, with {@link SearchSettings#fromSystemProperties()}. */
  public static LuceneSearchService open(Path indexDir) {
    return open(indexDir, SearchSettings.fromSystemProperties());
  }

  public static LuceneSearchService open(Path indexDir, SearchSettings settings) {
    return new LuceneSearchService(indexDir, settings);
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException {
    long start = System.nanoTime();
    searched = true;
    List<String> notices = new ArrayList<>();
    SearchRequest r = request.checked(notices);
    UserQuery parsed = UserQueryParser.parse(r.query());
    SortOrder sort = r.sort().forQuery(parsed);
    FacetFilter filter = FacetFilter.of(r);
    StatsSearcher searcher = searchers.acquire();
    try {
      ResultKey key = new ResultKey(parsed, filter, sort, r.page(), r.size());
      boolean cacheable = settings.resultCache() && r.size() <= MAX_CACHED_PAGE;
      ResultPages.Page page = cacheable ? searcher.cached(key) : null;
      if (page == null) {
        page = run(searcher, parsed, filter, sort, r.page(), r.size());
        if (cacheable) {
          searcher.cache(key, page);
        }
      }
      return page.results(r, (System.nanoTime() - start) / 1_000_000, notices);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Build → count ‖ rank → assemble. Ranking by relevance needs no counts: it runs on another core meanwhile. */
  private ResultPages.Page run(StatsSearcher searcher, UserQuery parsed, FacetFilter filter, SortOrder sort, int page, int size)
      throws IOException, QueryException {
    Query query = queries.build(parsed);
    int keep = page * size;
    TopReports ranking = new TopReports(searcher, Searchers.PARENTS, query == null ? LuceneQueries.allSections() : query, filter);
    Future<List<ReportCollector.Candidate>> ranked = query != null && sort == SortOrder.RELEVANCE
        ? ranker.submit(() -> ranking.byRelevance(keep, Long.MAX_VALUE))
        : null;
    FacetPass pass = new FacetCounter(searcher, settings.facetCache()).count(parsed, query, filter);
    List<ReportCollector.Candidate> top = ranked != null
        ? Ranker.await(ranked)
        : ranking.byYear(sort, keep, pass.hitsByYear(), pass.totalReports());
    List<ReportCollector.Candidate> onPage = top.subList(Math.min(top.size(), (page - 1) * size), top.size());
    return ResultPages.page(searcher, highlights, query == null ? null : queries.highlight(parsed), onPage, pass);
  }

  @Override
  public Optional<MarkedReport> report(String id, String query) {
    if (id == null || id.isEmpty() || id.length() > 300) {
      return Optional.empty();
    }
    StatsSearcher searcher = searchers.acquire();
    try {
      return MarkedReports.load(searcher, highlights, id, MarkedReports.query(queries, query));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override public List<org.nianbao.search.ReportNumbers> numbers(SearchRequest r) throws QueryException {
    return NumberReader.read(searchers, queries, r); }
  @Override
  public IndexStats stats() {
    StatsSearcher searcher = searchers.acquire();
    try {
      return searcher.stats();
    } finally {
      searchers.release(searcher);
    }
  }

  /** The weight the caches hold now, in approximate bytes (at most {@link SearchSettings#cacheBytes()}). */
  long cachedBytes() {
    return cache.weight();
  }

  /** Loads what the first search would wait for (smartcn dictionary, statistics, JIT), unless one came. */
  private void warmUp() {
    if (searched) {
      return;
    }
    try {
      stats();
      search(SearchRequest.of("微信公众号 -抖音"));
    } catch (QueryException | RuntimeException e) {
      LOG.debug("warm-up search failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    searchers.close();
    ranker.close();
  }
}
