package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.FreqAndNormBuffer;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * Upper bounds of the sums {@link SegmentScoring} adds over ranges of one segment's documents, from
 * the postings' impacts (per block of postings, the (frequency, norm) pairs no document of the
 * block exceeds): a term's bound over a range is the best BM25 score of the impacts of the blocks
 * it spans, the title matches' the scorers' own maximum where they have a match in the range, 0
 * where they have none. Coarse bounds (of 32 blocks) and fine ones (of single blocks) each read
 * their own impacts, never the scoring postings, and each must be asked for ranges in increasing
 * order (an impacts enum only moves forward: a range behind its position would get a later block's
 * bound).
 */
final class ScoreBounds {
  private final Bound[] coarse;
  private final Bound[] fine;
  private final int lead;
  private final TitleScorer[] titles;

  /**
   * {@code coarse[i]}, {@code fine[i]} (two impacts enums of one term), {@code sims[i]} and {@code
   * norms[i]} (its field's, by document): the scoring terms, in scoring order.
   */
  ScoreBounds(
      ImpactsEnum[] coarse,
      ImpactsEnum[] fine,
      SimScorer[] sims,
      byte[][] norms,
      TitleScorer[] titles) {
    this.coarse = new Bound[coarse.length];
    this.fine = new Bound[fine.length];
    int fewest = 0;
    for (int i = 0; i < coarse.length; i++) {
      this.coarse[i] = new Bound(coarse[i], sims[i], norms[i], true);
      this.fine[i] = new Bound(fine[i], sims[i], norms[i], false);
      fewest = coarse[i].cost() < coarse[fewest].cost() ? i : fewest;
    }
    this.lead = fewest;
    this.titles = titles;
  }

  /**
   * The last document of the block of the term with the fewest postings that holds {@code from}: of
   * its 32-block level ({@code coarse}) or of its single block; {@link
   * DocIdSetIterator#NO_MORE_DOCS} past its last full block.
   */
  int leadBlockEnd(int from, boolean coarse) throws IOException {
    Bound b = (coarse ? this.coarse : fine)[lead];
    b.impacts.advanceShallow(from);
    Impacts im = b.impacts.getImpacts();
    return im.getDocIdUpTo(b.level(im));
  }

  /**
   * A bound of every candidate's sum in documents {@code [from, to]}: the terms' bounds added in
   * scoring order, then the titles' (float additions are monotonic, so the sum of bounds bounds the
   * sum). {@code coarse}: from the terms' 32-block levels (one read per 32 blocks).
   */
  float of(int from, int to, boolean coarse) throws IOException {
    float sum = 0;
    for (Bound b : coarse ? this.coarse : fine) {
      sum += b.max(from, to);
    }
    for (TitleScorer t : titles) { // the approximation: positions are read only where scored
      DocIdSetIterator it = t.approximation();
      int d = it.docID() < from ? it.advance(from) : it.docID();
      if (d <= to) {
        t.scorer().advanceShallow(d);
        sum += t.scorer().getMaxScore(to);
      }
    }
    return sum;
  }

  /** One term's bounds, the last block's kept (ranges often end in the block the next begins). */
  private static final class Bound {
    final ImpactsEnum impacts;
    final SimScorer sim;
    final byte[] norms;
    final boolean coarse;
    private final int[] upTo = {-1, -1};
    private final float[] max = new float[2];

    /** The best score in the postings past the last full block, from the first range there. */
    private float tail = -1;

    Bound(ImpactsEnum impacts, SimScorer sim, byte[] norms, boolean coarse) {
      this.impacts = impacts;
      this.sim = sim;
      this.norms = norms;
      this.coarse = coarse;
    }

    int level(Impacts im) {
      return coarse && im.numLevels() > 1 ? 1 : 0;
    }

    float max(int from, int to) throws IOException {
      float m = 0;
      for (int x = from; x <= to; ) {
        impacts.advanceShallow(x);
        Impacts im = impacts.getImpacts();
        int level = level(im);
        int end = im.getDocIdUpTo(level);
        if (end == DocIdSetIterator.NO_MORE_DOCS) { // the last block has no impacts
          return Math.max(m, tail(x));
        }
        if (upTo[level] != end) {
          upTo[level] = end;
          max[level] = best(im.getImpacts(level));
        }
        m = Math.max(m, max[level]);
        x = end + 1;
      }
      return m;
    }

    private float best(FreqAndNormBuffer b) {
      float best = 0;
      for (int i = 0; i < b.size; i++) {
        best = Math.max(best, sim.score(b.freqs[i], b.norms[i]));
      }
      return best;
    }

    /** The best score of the postings from {@code from} on (read once, from the first call's). */
    private float tail(int from) throws IOException {
      if (tail < 0) {
        tail = 0;
        PostingsEnum p = impacts; // shallow moves only so far: its documents are still unread
        for (int d = p.advance(from); d != DocIdSetIterator.NO_MORE_DOCS; d = p.nextDoc()) {
          tail = Math.max(tail, sim.score(p.freq(), norms[d]));
        }
      }
      return tail;
    }
  }
}
