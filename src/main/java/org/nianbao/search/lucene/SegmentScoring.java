package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOSupplier;
import org.nianbao.search.query.QueryNode;

/**
 * The scoring clauses of {@link SectionScoreSums} opened on one segment: per term its postings, the
 * candidates it scores (those where its phrase holds) and whether it leaps over its postings to
 * them; the title scorers. {@link #add} adds their scores over a range of documents; ranges come in
 * increasing order.
 */
final class SegmentScoring {
  /** A scoring term: its similarity scorer, and whether it counts only where its phrase holds. */
  record Clause(Term term, TermStates states, SimScorer sim, QueryNode.Phrase gate) {}

  private final LeafReaderContext ctx;
  private final List<Clause> opened;
  private final PostingsEnum[] postings;
  private final SimScorer[] sims;
  private final FixedBitSet[] where;
  private final boolean[] leap;
  private final TitleScorer[] titles;
  private final FixedBitSet docs;
  private final byte[][] norms;
  private final DocAndFloatFeatureBuffer batch;

  private SegmentScoring(
      LeafReaderContext ctx,
      List<Clause> opened,
      PostingsEnum[] postings,
      SimScorer[] sims,
      FixedBitSet[] where,
      int[] counts,
      TitleScorer[] titles,
      FixedBitSet docs,
      byte[][] norms,
      DocAndFloatFeatureBuffer batch) {
    this.ctx = ctx;
    this.opened = opened;
    this.postings = postings;
    this.sims = sims;
    this.where = where;
    this.titles = titles;
    this.docs = docs;
    this.norms = norms;
    this.batch = batch;
    this.leap = new boolean[postings.length];
    for (int i = 0; i < postings.length; i++) {
      leap[i] = counts[i] == 0 || ScoreLoops.leaps(counts[i], postings[i].cost());
    }
  }

  /** Whether a scoring term has postings in this segment (windows are cut by their blocks). */
  boolean hasTerms() {
    return postings.length > 0;
  }

  /** Adds every clause's scores at the candidates in documents {@code [from, to)}. */
  void add(float[] sums, int from, int to) throws IOException {
    for (int i = 0; i < postings.length; i++) {
      ScoreLoops.addTerm(postings[i], sims[i], norms[i], where[i], leap[i], sums, batch, from, to);
    }
    for (int i = 0; i < titles.length; i++) {
      ScoreLoops.addScorer(titles[i], docs, sums, from, to);
    }
  }

  /**
   * Opens the {@code terms} and {@code titles} on segment {@code ctx} over its candidates {@code
   * docs} ({@code n} of them): a term of a phrase of several scores only where the phrase holds.
   */
  static SegmentScoring open(
      StatsSearcher searcher,
      ReportMatcher matcher,
      List<Clause> terms,
      List<Weight> titles,
      LeafReaderContext ctx,
      FixedBitSet docs,
      int n,
      DocAndFloatFeatureBuffer batch)
      throws IOException {
    List<Clause> opened = new ArrayList<>();
    List<PostingsEnum> postings = new ArrayList<>();
    List<FixedBitSet> where = new ArrayList<>();
    int[] counts = new int[terms.size()];
    QueryNode.Phrase gate = null;
    FixedBitSet mask = docs;
    int count = n;
    for (Clause c : terms) {
      PostingsEnum p = postings(ctx, c, false);
      if (p == null) {
        continue;
      }
      if (c.gate() != gate) { // a phrase's terms are listed together: one mask per phrase
        gate = c.gate();
        if (gate == null) {
          mask = docs;
          count = n;
        } else {
          mask = docs.clone();
          matcher.textHits(gate, ctx.ord).keepText(mask, searcher.columns().leaf(ctx.ord));
          count = mask.cardinality();
        }
      }
      counts[opened.size()] = count;
      opened.add(c);
      postings.add(p);
      where.add(mask);
    }
    List<TitleScorer> scorers = new ArrayList<>();
    for (Weight w : titles) {
      Scorer scorer = w.scorer(ctx);
      if (scorer != null) {
        scorers.add(TitleScorer.of(scorer));
      }
    }
    return new SegmentScoring(
        ctx,
        opened,
        postings.toArray(PostingsEnum[]::new),
        opened.stream().map(Clause::sim).toArray(SimScorer[]::new),
        where.toArray(FixedBitSet[]::new),
        counts,
        scorers.toArray(TitleScorer[]::new),
        docs,
        opened.stream()
            .map(c -> searcher.norms(c.term().field()).of(ctx.ord))
            .toArray(byte[][]::new),
        batch);
  }

  /** Bounds of the sums {@link #add} adds, from the terms' impacts (two enums per term). */
  ScoreBounds bounds() throws IOException {
    return new ScoreBounds(impacts(), impacts(), sims, norms, titles);
  }

  private ImpactsEnum[] impacts() throws IOException {
    ImpactsEnum[] out = new ImpactsEnum[opened.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (ImpactsEnum) postings(ctx, opened.get(i), true);
    }
    return out;
  }

  /** The term's postings (or impacts) in segment {@code ctx}, or null when it has none there. */
  private static PostingsEnum postings(LeafReaderContext ctx, Clause c, boolean impacts)
      throws IOException {
    IOSupplier<TermState> supplier = c.states().get(ctx);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) {
      return null;
    }
    TermsEnum te = ctx.reader().terms(c.term().field()).iterator();
    te.seekExact(c.term().bytes(), state);
    return impacts ? te.impacts(PostingsEnum.FREQS) : te.postings(null, PostingsEnum.FREQS);
  }
}
