package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The highlighter's postings strategy with the query's weight built once per segment instead of
 * once per document: the stock strategy rewrites the query and builds a new weight (looking every
 * term up in the terms dictionary again) for each highlighted section. The matches, and so the
 * offsets and passages, are the same: the same weight class over the same masked-field view of the
 * segment, asked the same question per document.
 */
class SegmentWeightStrategy extends PostingsOffsetStrategy {
  private LeafReader segment;
  private LeafReader masked;
  private Weight weight;

  SegmentWeightStrategy(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(
      LeafReader reader, int docId, List<OffsetsEnum> results) throws IOException {
    if (reader != segment) {
      masked = masked(reader);
      IndexSearcher searcher = new IndexSearcher(masked);
      searcher.setQueryCache(null);
      weight =
          searcher
              .rewrite(components.query())
              .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      segment = reader;
    }
    Matches matches = weight.matches(masked.getContext(), docId);
    if (matches == null) {
      return;
    }
    for (String field : matches) {
      if (components.fieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
  }

  /** The segment with the masked fields' terms read from the highlighted field, as stock. */
  private LeafReader masked(LeafReader reader) {
    return new FilterLeafReader(reader) {
      @Override
      public Terms terms(String field) throws IOException {
        return super.terms(components.fieldMatcher().test(field) ? components.field() : field);
      }

      @Override
      public CacheHelper getCoreCacheHelper() {
        return null;
      }

      @Override
      public CacheHelper getReaderCacheHelper() {
        return null;
      }
    };
  }
}
