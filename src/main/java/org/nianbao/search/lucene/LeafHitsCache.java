package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.search.query.QueryNode;

/** The {@link TextLeafHits} of a leaf in every segment of a reader, cached per reader. */
final class LeafHitsCache {
  private LeafHitsCache() {}

  /**
   * A leaf's hits in every segment of a reader, as cached per reader (leaves recur across queries).
   */
  private record LeafKey(QueryNode leaf) {}

  private record LeafHits(TextLeafHits[] segments) implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return 64 + java.util.Arrays.stream(segments).mapToLong(TextLeafHits::bytes).sum();
    }
  }

  /** The cached hits of {@code leaf} in every segment, or null. */
  static TextLeafHits[] cached(StatsSearcher searcher, QueryNode leaf) {
    LeafHits cached = searcher.cached(new LeafKey(leaf));
    return cached == null ? null : cached.segments();
  }

  /**
   * The hits of {@code leaf} in every segment (index = segment ordinal), from the reader's cache
   * when {@code cache}; only inside {@code within} (per segment, the documents to look at; null:
   * all, the only case that is cached).
   */
  static TextLeafHits[] everySegment(
      StatsSearcher searcher,
      LuceneQueries queries,
      QueryNode leaf,
      boolean cache,
      FixedBitSet[] within) {
    TextLeafHits[] cached = cache ? cached(searcher, leaf) : null;
    if (cached != null) {
      return cached;
    }
    List<LeafReaderContext> contexts = searcher.getIndexReader().leaves();
    TextLeafHits[] all = new TextLeafHits[contexts.size()];
    try {
      LeafScans scans = LeafScans.of(searcher, queries, leaf);
      for (LeafReaderContext ctx : contexts) {
        all[ctx.ord] =
            TextLeafHits.compute(
                searcher, leaf, scans, ctx, within == null ? null : within[ctx.ord]);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    if (cache && within == null) {
      searcher.cache(new LeafKey(leaf), new LeafHits(all));
    }
    return all;
  }
}
