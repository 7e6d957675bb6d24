package org.nianbao.search;

import java.util.Optional;

/** The read side of nianbao as seen by the CLI and the web layer (which never touch Lucene). */
public interface SearchService extends AutoCloseable {

  /** Runs a search; bad query text gives a {@link QueryException} with a user-facing message. */
  SearchResults search(SearchRequest request) throws QueryException;

  /**
   * Loads a whole report by id; when {@code query} is non-blank, the matches of that query in
   * every section are returned as marks (a bad query simply yields no marks).
   */
  Optional<MarkedReport> report(String id, String query);

  /**
   * The statistics numbers of every report matching {@code request}'s query and filters (its
   * sort and page are ignored), in index order.
   */
  default java.util.List<ReportNumbers> numbers(SearchRequest request) throws QueryException {
    throw new UnsupportedOperationException("numbers() is not supported by " + getClass().getSimpleName());
  }

  /** Counts of what is indexed. */
  IndexStats stats();

  @Override
  void close();
}
