package org.nianbao.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.nianbao.search.Cancellation;
import org.nianbao.search.IndexStats;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;

/**
 * A {@link SearchService} that is being opened on another thread, so that {@code serve} starts the
 * web server while the index opens (reading facet ordinals and report columns takes about as long
 * as starting the server). Calls wait until it is open.
 */
final class OpeningSearchService implements SearchService {
  private final CompletableFuture<SearchService> opening;

  private OpeningSearchService(CompletableFuture<SearchService> opening) {
    this.opening = opening;
  }

  /** Thrown by {@link #await} when opening threw a checked exception (its cause). */
  static final class OpenFailed extends RuntimeException {
    OpenFailed(Throwable cause) {
      super(cause);
    }
  }

  static OpeningSearchService start(Callable<SearchService> open) {
    CompletableFuture<SearchService> f = new CompletableFuture<>();
    Thread t =
        new Thread(
            () -> {
              try {
                f.complete(open.call());
              } catch (Throwable e) {
                f.completeExceptionally(e);
              }
            },
            "index-open");
    t.setDaemon(true);
    t.start();
    return new OpeningSearchService(f);
  }

  /**
   * Waits until the index is open; rethrows what opening it threw (checked: as {@link OpenFailed}).
   */
  SearchService await() {
    try {
      return opening.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new OpenFailed(e.getCause());
    }
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException {
    return await().search(request);
  }

  @Override
  public SearchResults search(SearchRequest request, Cancellation cancellation)
      throws QueryException {
    return await().search(request, cancellation);
  }

  @Override
  public org.nianbao.search.query.ParsedQuery parse(String query) throws QueryException {
    return await().parse(query);
  }

  @Override
  public Optional<MarkedReport> report(String id, String query) {
    return await().report(id, query);
  }

  @Override
  public java.util.List<org.nianbao.search.ReportNumbers> numbers(SearchRequest request)
      throws QueryException {
    return await().numbers(request);
  }

  @Override
  public long forEachMatch(
      SearchRequest request, java.util.function.Consumer<org.nianbao.search.ReportHit> sink)
      throws QueryException {
    return await().forEachMatch(request, sink);
  }

  @Override
  public Optional<String> originalPath(String id) {
    return await().originalPath(id);
  }

  @Override
  public IndexStats stats() {
    return await().stats();
  }

  @Override
  public void close() {
    try {
      await().close();
    } catch (RuntimeException e) {
      // it never opened: nothing to close
    }
  }
}
