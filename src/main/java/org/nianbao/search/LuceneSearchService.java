package org.nianbao.search;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@link SearchService} over a Lucene index directory; refreshes itself when another process
 * commits a re-index. (Placeholder: being implemented with the index and search core.)
 */
public final class LuceneSearchService implements SearchService {

  private LuceneSearchService() {}

  /** Opens the index in {@code indexDir} for reading. */
  public static LuceneSearchService open(Path indexDir) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public Optional<MarkedReport> report(String id, String query) {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public IndexStats stats() {
    throw new UnsupportedOperationException("not implemented yet");
  }

  @Override
  public void close() {}
}
