package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;

/**
 * The loops of {@link SectionScoreSums} over one segment: scores added into an array indexed by
 * document, only at the candidates (the set bits of {@code docs}). A clause whose postings are many
 * times more than the candidates leaps from candidate to candidate; otherwise its postings are read
 * in batches and checked against the candidates.
 */
final class ScoreLoops {
  /** Fewer candidates than a clause's postings over this: leap over the postings. */
  private static final int LEAP_RATIO = 8;

  /** Clean score arrays kept for the next search (at most {@link #KEPT}). */
  private static final java.util.concurrent.ConcurrentLinkedDeque<float[]> FREE =
      new java.util.concurrent.ConcurrentLinkedDeque<>();

  private static final int KEPT = 4;

  private ScoreLoops() {}

  /**
   * A score array of at least {@code length}, all 0. Give it back with {@link #giveBack} all 0:
   * {@link #collect} clears what it read; a pass that stops early must {@link #clear} it.
   */
  static float[] borrow(int length) {
    float[] a = FREE.pollFirst();
    return a != null && a.length >= length ? a : new float[length];
  }

  /** Keeps {@code sums} (all 0) for a later search, unless enough are kept. */
  static void giveBack(float[] sums) {
    if (FREE.size() < KEPT) {
      FREE.offerFirst(sums);
    }
  }

  /** Sets the whole array to 0 (after a pass that did not reach {@link #collect}). */
  static void clear(float[] sums) {
    java.util.Arrays.fill(sums, 0f);
  }

  /**
   * Adds the BM25 scores of one term's postings {@code p} at the {@code candidates} set bits of
   * {@code docs}; {@code batch} is the search's postings buffer.
   */
  static void addTerm(
      PostingsEnum p,
      SimScorer sim,
      byte[] norms,
      FixedBitSet docs,
      int candidates,
      float[] sums,
      DocAndFloatFeatureBuffer batch)
      throws IOException {
    if (candidates == 0) {
      return;
    }
    if ((long) candidates * LEAP_RATIO < p.cost()) {
      forEach(
          docs,
          d -> {
            int at = p.docID() < d ? p.advance(d) : p.docID();
            if (at == d) {
              sums[d] += sim.score(p.freq(), norms[d]);
            }
          });
      return;
    }
    long[] bits = docs.getBits();
    if (p.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
      return;
    }
    while (p.docID() != DocIdSetIterator.NO_MORE_DOCS) {
      p.nextPostings(DocIdSetIterator.NO_MORE_DOCS, batch);
      int[] ds = batch.docs;
      float[] fs = batch.features;
      // without a branch: whether a posting is a candidate is not predictable (a phrase's bigram
      // is in far more sections than the phrase), so every posting is scored and its score added
      // times 1 or 0; a non-candidate's sum stays 0 (BM25 scores are finite and not negative)
      for (int i = 0, size = batch.size; i < size; i++) {
        int d = ds[i];
        float candidate = (float) ((bits[d >> 6] >>> d) & 1L);
        sums[d] += candidate * sim.score(fs[i], norms[d]);
      }
    }
  }

  static void addScorer(Scorer scorer, FixedBitSet docs, int candidates, float[] sums)
      throws IOException {
    DocIdSetIterator it = scorer.iterator();
    if ((long) candidates * LEAP_RATIO < it.cost()) {
      forEach(
          docs,
          d -> {
            int at = it.docID() < d ? it.advance(d) : it.docID();
            if (at == d) {
              sums[d] += scorer.score();
            }
          });
      return;
    }
    for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
      if (docs.get(d)) {
        sums[d] += scorer.score();
      }
    }
  }

  /**
   * Offers each report of segment {@code l} (global documents from {@code docBase}) with a
   * candidate to {@code top}, scored by its best candidate's sum, and clears the sums it read.
   */
  static void collect(
      TopReportCollector top, ReportColumns.Leaf l, int docBase, FixedBitSet docs, float[] sums) {
    int report = -1;
    float best = 0;
    long[] words = docs.getBits();
    for (int w = 0; w < words.length; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        int d = w << 6 | Long.numberOfTrailingZeros(word);
        int r = l.reportOf[d];
        if (r != report) {
          if (report >= 0 && top.competes(best, l.year[report])) {
            top.offer(docBase + l.reportDoc[report], best, l.year[report]);
          }
          report = r;
          best = Float.NEGATIVE_INFINITY;
        }
        best = Math.max(best, sums[d]);
        sums[d] = 0f;
      }
    }
    if (report >= 0) {
      top.offer(docBase + l.reportDoc[report], best, l.year[report]);
    }
  }

  private interface DocAction {
    void on(int doc) throws IOException;
  }

  private static void forEach(FixedBitSet docs, DocAction action) throws IOException {
    int len = docs.length();
    for (int d = docs.nextSetBit(0); d < len; d = d + 1 < len ? docs.nextSetBit(d + 1) : len) {
      action.on(d);
    }
  }
}
