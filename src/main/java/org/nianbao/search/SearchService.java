package org.nianbao.search;

import java.util.Optional;

/** The read side of nianbao as seen by the CLI and the web layer (which never touch Lucene). */
public interface SearchService extends AutoCloseable {

  /** Runs a search; bad query text gives a {@link QueryException} with a user-facing message. */
  SearchResults search(SearchRequest request) throws QueryException;

  /**
   * Runs a search that stops early, with what it found so far ({@link SearchResults#partial()}),
   * once {@code cancellation} says nobody waits for it any more (as it does at its deadline).
   */
  default SearchResults search(SearchRequest request, Cancellation cancellation) throws QueryException {
    return search(request);
  }

  /**
   * Loads a whole report by id; when {@code query} is non-blank, the matches of that query in
   * every section are returned as marks (a bad query simply yields no marks).
   */
  Optional<MarkedReport> report(String id, String query);

  /** Counts of what is indexed. */
  IndexStats stats();

  @Override
  void close();
}
