package org.nianbao.search.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 of the passage's terms, the same arithmetic in the same order)
 * without its per-passage hash of terms: that hash allocates a 32 KB block for every passage
 * scored, which was over a quarter of all bytes a search allocated. A passage holds few matches, so
 * the distinct terms are found by comparing each match with the earlier ones.
 */
final class LeanPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double score = 0;
    for (int i = 0; i < n; i++) { // each distinct term once, in order of first appearance
      if (seenBefore(terms, i)) {
        continue;
      }
      int inPassage = 0;
      for (int j = i; j < n; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
