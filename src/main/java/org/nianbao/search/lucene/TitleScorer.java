package org.nianbao.search.lucene;

import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;

/**
 * A title boost's scorer on one segment with what the flat loops move: its two-phase iterator
 * ({@code null} for a term) and the approximation, taken once. {@link ScoreLoops#addScorer} checks
 * {@code matches()} only where a candidate stands; {@link ScoreBounds} reads only the
 * approximation.
 */
record TitleScorer(Scorer scorer, TwoPhaseIterator twoPhase, DocIdSetIterator approximation) {
  static TitleScorer of(Scorer scorer) {
    TwoPhaseIterator two = scorer.twoPhaseIterator();
    return new TitleScorer(scorer, two, two == null ? scorer.iterator() : two.approximation());
  }
}
