package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IOSupplier;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * Ranks by relevance with flat loops instead of a tree of scorers. Per segment, the sections
 * standing for the matching reports ({@link ReportMatchQuery}) are the candidates; each scoring
 * clause of {@link ReportQueries#ranking} adds its score into an array over the candidates: a
 * phrase's bigrams (BM25 with the same similarity and statistics as a term query) where the section
 * text holds the phrase, and the boosted title match. The candidates are then fed in document order
 * to {@link TopReportCollector}. The scores are the document-at-a-time query's, up to the order of
 * the float additions.
 *
 * <p>Why: when most sections hold the query's phrases (boilerplate words), block maxima are close
 * to the global maximum, so the document-at-a-time scorer skips almost nothing and pays for its
 * nested scorers on every section. Here a term is read in postings batches when the candidates are
 * many, or leaps from candidate to candidate when they are few.
 */
final class SectionScoreSums {
  /** A scoring term: its similarity scorer, and whether it counts only where its phrase holds. */
  private record Scored(Term term, TermStates states, SimScorer sim, QueryNode.Phrase gate) {}

  private final StatsSearcher searcher;
  private final ReportMatcher matcher;
  private final ReportMatchQuery reports;
  private final List<Scored> terms = new ArrayList<>();
  private final List<Weight> titles = new ArrayList<>();
  private final DocAndFloatFeatureBuffer batch = new DocAndFloatFeatureBuffer();

  private SectionScoreSums(StatsSearcher searcher, ReportMatcher matcher, ResolvedFilter filter) {
    this.searcher = searcher;
    this.matcher = matcher;
    this.reports = new ReportMatchQuery(matcher, filter);
  }

  /**
   * The ranking of {@code matcher}'s reports under {@code filter}, or {@code null} when a positive
   * phrase is not one of the matcher's leaves (a proximity's phrase: its sections are not known).
   */
  static SectionScoreSums of(
      StatsSearcher searcher, LuceneQueries queries, ReportMatcher matcher, ResolvedFilter filter)
      throws IOException {
    SectionScoreSums out = new SectionScoreSums(searcher, matcher, filter);
    for (QueryNode.Phrase p : matcher.root().positivePhrases()) {
      if (!matcher.isPositiveLeaf(p)) {
        return null;
      }
      // a phrase that is one term holds exactly where the term is: no need to check
      boolean oneTerm = queries.phrase(Fields.BODY_BIGRAMS, p.text()) instanceof TermQuery;
      for (Term t : queries.scoredTerms(p.text())) {
        TermStates states = TermStates.build(searcher, t, true);
        if (states.docFreq() > 0) {
          SimScorer sim =
              searcher
                  .getSimilarity()
                  .scorer(
                      1f,
                      searcher.collectionStatistics(t.field()),
                      searcher.termStatistics(t, states.docFreq(), states.totalTermFreq()));
          out.terms.add(new Scored(t, states, sim, oneTerm ? null : p));
        }
      }
      Query title = queries.titleBoost(p.text());
      if (title != null) {
        out.titles.add(searcher.createWeight(searcher.rewrite(title), ScoreMode.COMPLETE, 1f));
      }
    }
    return out;
  }

  /** The best {@code keep} reports (ties: newer year first, then index order), without sections. */
  List<ReportCollector.Candidate> top(int keep) throws IOException {
    TopReportCollector top = new TopReportCollector(searcher.columns(), keep);
    Deadline deadline = Deadline.current();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    float[] sums =
        ScoreLoops.borrow(leaves.stream().mapToInt(c -> c.reader().maxDoc()).max().orElse(0));
    try {
      for (LeafReaderContext ctx : leaves) {
        deadline.check();
        segment(ctx, top, sums);
      }
    } catch (CollectionTerminatedException e) {
      // past the deadline or cancelled: the reports ranked so far (the search says it is partial)
    } finally {
      ScoreLoops.giveBack(sums);
    }
    return top.top();
  }

  private void segment(LeafReaderContext ctx, TopReportCollector top, float[] sums)
      throws IOException {
    FixedBitSet docs = reports.docs(ctx);
    int n = docs.cardinality();
    if (n == 0) {
      return;
    }
    try {
      add(ctx, docs, n, sums);
    } catch (IOException | RuntimeException e) { // the deadline included: leave the array clean
      ScoreLoops.clear(sums);
      throw e;
    }
    ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
    ScoreLoops.collect(top, l, ctx.docBase, docs, sums);
  }

  private void add(LeafReaderContext ctx, FixedBitSet docs, int n, float[] sums)
      throws IOException {
    byte[] norms = searcher.norms().of(ctx.ord);
    QueryNode.Phrase gate = null;
    FixedBitSet where = docs;
    int count = n;
    for (Scored s : terms) {
      PostingsEnum p = postings(ctx, s);
      if (p == null) {
        continue;
      }
      if (s.gate() != gate) { // a phrase's terms are listed together: one mask per phrase
        gate = s.gate();
        where = gate == null ? docs : holding(ctx, docs, gate);
        count = where == docs ? n : where.cardinality();
      }
      ScoreLoops.addTerm(p, s.sim(), norms, where, count, sums, batch);
    }
    for (Weight w : titles) {
      Scorer scorer = w.scorer(ctx);
      if (scorer != null) {
        ScoreLoops.addScorer(scorer, docs, n, sums);
      }
    }
  }

  /** The term's postings in segment {@code ctx} from the state found by {@link #of}, or null. */
  private static PostingsEnum postings(LeafReaderContext ctx, Scored s) throws IOException {
    IOSupplier<TermState> supplier = s.states().get(ctx);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) {
      return null;
    }
    TermsEnum te = ctx.reader().terms(s.term().field()).iterator();
    te.seekExact(s.term().bytes(), state);
    return te.postings(null, PostingsEnum.FREQS);
  }

  /** The candidates whose section text holds {@code phrase}. */
  private FixedBitSet holding(LeafReaderContext ctx, FixedBitSet docs, QueryNode.Phrase phrase)
      throws IOException {
    FixedBitSet out = docs.clone();
    matcher.textHits(phrase, ctx.ord).keepText(out, searcher.columns().leaf(ctx.ord));
    return out;
  }
}
