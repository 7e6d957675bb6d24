package org.nianbao.search;

import java.util.Optional;
import java.util.function.Consumer;
import org.nianbao.search.query.ParsedQuery;

/** The read side of nianbao as seen by the CLI and the web layer (which never touch Lucene). */
public interface SearchService extends AutoCloseable {

  /** Runs a search; bad query text gives a {@link QueryException} with a user-facing message. */
  SearchResults search(SearchRequest request) throws QueryException;

  /**
   * Parses {@code query} as {@link #search} reads it: the query tree and the notices on what was
   * ignored or repaired, or a {@link QueryException} with the one-line reason (too long, a
   * malformed year, nothing searchable). Cheap: no index is read.
   */
  default ParsedQuery parse(String query) throws QueryException {
    throw new UnsupportedOperationException(
        "parse() is not supported by " + getClass().getSimpleName());
  }

  /**
   * Runs a search that stops early, with what it found so far ({@link SearchResults#partial()}),
   * once {@code cancellation} says nobody waits for it any more (as it does at its deadline).
   */
  default SearchResults search(SearchRequest request, Cancellation cancellation)
      throws QueryException {
    return search(request);
  }

  /**
   * Hands every report matching {@code request} (all pages, in result order; page and size are
   * ignored) to {@code sink} and returns how many there were. Implementations stream: memory does
   * not grow with the text of the results. This default pages through {@link #search} as far as
   * {@link SearchRequest#MAX_WINDOW} reaches.
   */
  default long forEachMatch(SearchRequest request, Consumer<ReportHit> sink) throws QueryException {
    long n = 0;
    int size = SearchRequest.MAX_SIZE;
    for (int page = 1; (long) page * size <= SearchRequest.MAX_WINDOW; page++) {
      SearchResults r = search(request.withPage(page, size));
      r.results().forEach(sink);
      n += r.results().size();
      if (r.results().size() < size || n >= r.total()) {
        break;
      }
    }
    return n;
  }

  /**
   * Loads a whole report by id; when {@code query} is non-blank, the matches of that query in every
   * section are returned as marks (a bad query simply yields no marks).
   */
  Optional<MarkedReport> report(String id, String query);

  /**
   * The statistics numbers of every report matching {@code request}'s query and filters (its sort
   * and page are ignored), in index order (newest year first in an index sorted by year).
   */
  default java.util.List<ReportNumbers> numbers(SearchRequest request) throws QueryException {
    throw new UnsupportedOperationException(
        "numbers() is not supported by " + getClass().getSimpleName());
  }

  /** Counts of what is indexed. */
  IndexStats stats();

  @Override
  void close();

  /**
   * The path of report {@code id}'s file as it was indexed, for serving the original (never shown
   * to the public), or empty when unknown.
   */
  default Optional<String> originalPath(String id) {
    return Optional.empty();
  }
}
