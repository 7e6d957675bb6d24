package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nianbao.search.Cancellation;
import org.nianbao.search.IndexStats;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;
import org.nianbao.search.SearchSettings;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.query.ReportQueryParser;
import org.nianbao.search.query.ParsedQuery;
import org.nianbao.search.query.QueryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchService} over a Lucene index directory; the one public class of this package. A
 * search: acquire a searcher → parse → build the Lucene query → count ‖ rank → assemble the page →
 * release. A new commit is picked up within a second.
 */
public final class LuceneSearchService implements SearchService {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

  /** Larger pages are not cached (a page of 500 reports with snippets is about a megabyte). */
  private static final int MAX_CACHED_PAGE = 50;

  /** Before warming up, wait so as not to compete with the first real search (then skipped). */
  private static final long WARM_UP_DELAY_MS = 1500;

  /** A result page in the cache: the parsed query, selections, sort and page. */
  private record ResultKey(
      QueryNode query, FacetFilter filter, SortOrder sort, MeasureFilter m, int page, int size) {}

  private final SearchSettings settings;
  private final SearchCache cache;
  private final Searchers searchers;
  private final LuceneQueries queries = new LuceneQueries();
  private final Highlights highlights = new Highlights();
  private volatile boolean searched;

  private LuceneSearchService(Path indexDir, SearchSettings settings) {
    this.settings = settings;
    this.cache = new SearchCache(settings.cacheBytes(), Runnable::run);
    this.searchers = Searchers.open(indexDir, cache);
    searchers.later(this::warmUp, WARM_UP_DELAY_MS);
  }

  /**
   * Opens the index in {@code indexDir} for reading, with {@link
   * SearchSettings#fromSystemProperties()}.
   */
  public static LuceneSearchService open(Path indexDir) {
    return open(indexDir, SearchSettings.fromSystemProperties());
  }

  public static LuceneSearchService open(Path indexDir, SearchSettings settings) {
    return new LuceneSearchService(indexDir, settings);
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException {
    return search(request, Cancellation.NONE);
  }

  @Override
  public SearchResults search(SearchRequest request, Cancellation cancellation)
      throws QueryException {
    long start = System.nanoTime();
    searched = true;
    List<String> notices = new ArrayList<>();
    SearchRequest r = request.checked(notices);
    var parsed = ReportQueryParser.parse(r.query());
    notices.addAll(parsed.notices());
    SortOrder sort = r.sort().forQuery(parsed);
    FacetFilter filter = FacetFilter.of(r);
    StatsSearcher searcher =
        searchers.acquire(
            Deadline.start(settings.timeoutMs(), cancellation)); // bound until release
    try {
      ResultKey key = new ResultKey(parsed.root(), filter, sort, r.measure(), r.page(), r.size());
      boolean cacheable = settings.resultCache() && r.size() <= MAX_CACHED_PAGE;
      ResultPages.Page page = cacheable ? searcher.cached(key) : null;
      if (page == null) {
        // build → count ‖ rank → assemble the page
        var ranked =
            RankedMatches.rank(
                searcher,
                queries,
                settings.facetCache(),
                parsed.root(),
                filter,
                sort,
                r.measure(),
                r.page() * r.size());
        page = ResultPages.page(searcher, highlights, ranked, r.page(), r.size());
        if (cacheable) {
          searcher.cache(key, page);
        }
      }
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return page.results(r, tookMs, notices, Deadline.current().fired(), sort, parsed.rankable());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public ParsedQuery parse(String query) throws QueryException {
    return ReportQueryParser.parse(query);
  }

  @Override
  public long forEachMatch(
      SearchRequest request, java.util.function.Consumer<org.nianbao.search.ReportHit> sink)
      throws QueryException {
    return ReportWalk.walk(searchers, queries, highlights, settings.facetCache(), request, sink);
  }

  @Override
  public Optional<MarkedReport> report(String id, String query) {
    return badId(id)
        ? Optional.empty()
        : searchers.read(
            s -> MarkedReports.load(s, highlights, id, MarkedReports.query(queries, query)));
  }

  @Override
  public Optional<String> originalPath(String id) {
    return badId(id) ? Optional.empty() : searchers.read(s -> StoredReports.sourceKey(s, id));
  }

  private static boolean badId(String id) {
    return id == null || id.isEmpty() || id.length() > 300;
  }

  @Override
  public List<org.nianbao.search.ReportNumbers> numbers(SearchRequest r) throws QueryException {
    return NumberReader.read(searchers, queries, r);
  }

  @Override
  public IndexStats stats() {
    return searchers.read(StatsSearcher::stats);
  }

  /** The caches' weight now, in approximate bytes (at most {@link SearchSettings#cacheBytes()}). */
  long cachedBytes() {
    return cache.weight();
  }

  /** Loads what the first search would wait for (statistics, JIT), unless one came. */
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
  }
}
