package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;

/**
 * The loops of {@link SectionScoreSums} over a range of documents of one segment: scores added into
 * an array indexed by document, only at the candidates (the set bits of {@code docs}). A clause
 * whose postings are many times more than the candidates leaps from candidate to candidate;
 * otherwise its postings are read in batches and checked against the candidates. Ranges are visited
 * in document order; a clause's iterator is only ever moved forward.
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

  /** Whether a clause of {@code cost} postings leaps over them to {@code candidates} documents. */
  static boolean leaps(long candidates, long cost) {
    return candidates * LEAP_RATIO < cost;
  }

  /**
   * Adds the BM25 scores of one term's postings {@code p} at the set bits of {@code docs} in
   * documents {@code [from, to)}; {@code batch} is the search's postings buffer.
   */
  static void addTerm(
      PostingsEnum p,
      SimScorer sim,
      byte[] norms,
      FixedBitSet docs,
      boolean leap,
      float[] sums,
      DocAndFloatFeatureBuffer batch,
      int from,
      int to)
      throws IOException {
    if (leap) {
      forEach(
          docs,
          from,
          to,
          d -> {
            int at = p.docID() < d ? p.advance(d) : p.docID();
            if (at == d) {
              sums[d] += sim.score(p.freq(), norms[d]);
            }
          });
      return;
    }
    long[] bits = docs.getBits();
    for (int doc = p.docID() < from ? p.advance(from) : p.docID(); doc < to; doc = p.docID()) {
      p.nextPostings(to, batch);
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

  /**
   * Adds {@code scorer}'s scores at the set bits of {@code docs} in documents {@code [from, to)}:
   * the candidates and the scorer's matches leapfrog, each moved to the other's document, so the
   * cost follows the fewer of the two; a phrase's positions are read only at candidates (a title
   * phrase such as 信息公开 stands in nearly every report).
   */
  static void addScorer(TitleScorer title, FixedBitSet docs, float[] sums, int from, int to)
      throws IOException {
    TwoPhaseIterator two = title.twoPhase();
    DocIdSetIterator it = title.approximation();
    int end = Math.min(to, docs.length());
    int d = from < end ? docs.nextSetBit(from) : end;
    while (d < end) {
      int at = it.docID() < d ? it.advance(d) : it.docID();
      if (at >= end) {
        return;
      }
      if (at == d) {
        if (two == null || two.matches()) {
          sums[d] += title.scorer().score();
        }
        at++;
      }
      d = at < end ? docs.nextSetBit(at) : end;
    }
  }

  /**
   * Offers each report with a candidate in documents {@code [from, to)} of segment {@code l}
   * (global documents from {@code docBase}; the range holds whole reports) to {@code top}, scored
   * by its best candidate's sum, and clears the sums it read.
   */
  static void collect(
      TopReportCollector top,
      ReportColumns.Leaf l,
      int docBase,
      FixedBitSet docs,
      float[] sums,
      int from,
      int to) {
    if (from >= to) {
      return;
    }
    int report = -1;
    int reportEnd = -1; // the last document of the current report (its report document)
    float best = 0;
    int[] reportDoc = l.reportDoc;
    long[] words = docs.getBits();
    int last = (to - 1) >> 6;
    for (int w = from >> 6; w <= last; w++) {
      long word = words[w];
      if (w == from >> 6) {
        word &= -1L << from; // shifts use the low 6 bits
      }
      if (w == last) {
        word &= -1L >>> (63 - ((to - 1) & 63));
      }
      for (; word != 0; word &= word - 1) {
        int d = w << 6 | Long.numberOfTrailingZeros(word);
        if (d > reportEnd) { // a new report: its rank looked up once, not per document
          if (report >= 0 && top.competes(best, l.year[report])) {
            top.offer(docBase + reportDoc[report], best, l.year[report]);
          }
          report = l.report(d);
          reportEnd = report >= 0 ? reportDoc[report] : Integer.MAX_VALUE;
          best = Float.NEGATIVE_INFINITY;
        }
        best = Math.max(best, sums[d]);
        sums[d] = 0f;
      }
    }
    if (report >= 0) {
      top.offer(docBase + reportDoc[report], best, l.year[report]);
    }
  }

  private interface DocAction {
    void on(int doc) throws IOException;
  }

  private static void forEach(FixedBitSet docs, int from, int to, DocAction action)
      throws IOException {
    int end = Math.min(to, docs.length());
    for (int d = from < end ? docs.nextSetBit(from) : end;
        d < end;
        d = d + 1 < end ? docs.nextSetBit(d + 1) : end) {
      action.on(d);
    }
  }
}
