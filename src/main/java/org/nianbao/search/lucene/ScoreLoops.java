package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.Bits;
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

  private static final ThreadLocal<float[]> SCRATCH = ThreadLocal.withInitial(() -> new float[0]);

  private ScoreLoops() {}

  /** A score array with 0 at every candidate (other entries are never read). */
  static float[] scratch(FixedBitSet docs) throws IOException {
    float[] a = SCRATCH.get();
    if (a.length < docs.length()) {
      float[] fresh = new float[docs.length()];
      SCRATCH.set(fresh);
      return fresh;
    }
    forEach(docs, d -> a[d] = 0f);
    return a;
  }

  static void addTerm(
      PostingsEnum p,
      SimScorer sim,
      byte[] norms,
      Bits holds,
      FixedBitSet docs,
      int candidates,
      float[] sums)
      throws IOException {
    if ((long) candidates * LEAP_RATIO < p.cost()) {
      forEach(
          docs,
          d -> {
            int at = p.docID() < d ? p.advance(d) : p.docID();
            if (at == d && (holds == null || holds.get(d))) {
              sums[d] += sim.score(p.freq(), norms[d]);
            }
          });
      return;
    }
    if (p.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
      return;
    }
    DocAndFloatFeatureBuffer batch = new DocAndFloatFeatureBuffer();
    while (p.docID() != DocIdSetIterator.NO_MORE_DOCS) {
      p.nextPostings(DocIdSetIterator.NO_MORE_DOCS, batch);
      for (int i = 0; i < batch.size; i++) {
        int d = batch.docs[i];
        if (docs.get(d) && (holds == null || holds.get(d))) {
          sums[d] += sim.score(batch.features[i], norms[d]);
        }
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

  /** Feeds the documents of {@code docs}, scored by {@code sums}, to {@code leaf}. */
  static void collect(LeafCollector leaf, FixedBitSet docs, float[] sums) throws IOException {
    int[] current = {-1};
    leaf.setScorer(
        new Scorable() {
          @Override
          public float score() {
            return sums[current[0]];
          }
        });
    forEach(
        docs,
        d -> {
          current[0] = d;
          leaf.collect(d);
        });
    leaf.finish();
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
