package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.nianbao.search.query.QueryNode;

/**
 * The section documents whose text holds a positive phrase of a {@link ReportMatcher}, from the
 * hits its leaf scan already found ({@link TextLeafHits#textDocs}): ranking filters by them instead
 * of reading the phrase's positions again. Exact inside the matching reports only, so it must be
 * combined with {@link ReportMatchQuery}. Bound to one search; compares by identity, never cached.
 */
final class TextDocsQuery extends SearchBoundQuery {
  private final ReportMatcher matcher;
  private final QueryNode.Phrase phrase;

  TextDocsQuery(ReportMatcher matcher, QueryNode.Phrase phrase) {
    this.matcher = matcher;
    this.phrase = phrase;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        TextLeafHits hits = matcher.textHits(phrase, ctx.ord);
        DocIdSetIterator docs =
            hits == null ? null : hits.textDocs(matcher.columns().leaf(ctx.ord));
        if (docs == null || docs.cost() == 0) {
          return null;
        }
        return ConstantScoreScorerSupplier.fromIterator(
            docs, score(), scoreMode, ctx.reader().maxDoc());
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public String toString(String field) {
    return "TextDocs(" + phrase + ")";
  }
}
