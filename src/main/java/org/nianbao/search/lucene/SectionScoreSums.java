package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocAndFloatFeatureBuffer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.FixedBitSet;
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

  private final StatsSearcher searcher;
  private final ReportMatcher matcher;
  private final ReportMatchQuery reports;
  private final List<SegmentScoring.Clause> terms = new ArrayList<>();
  private final List<Weight> titles = new ArrayList<>();
  private final DocAndFloatFeatureBuffer batch = new DocAndFloatFeatureBuffer();

  /** Segments with fewer candidates are scored whole ({@link ScoreWindows} does not pay there). */
  private int pruneFrom = PRUNE_FROM;

  static final int PRUNE_FROM = 4096;

  /** Windows with candidates skipped so far (a measure of the pruning, for tests). */
  private long skipped;

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
      // a phrase that is one term (a bigram, or a run-gram that scores) holds exactly where the
      // term is: no need to check
      boolean oneTerm =
          queries.phrase(Fields.BODY_BIGRAMS, p.text()) instanceof TermQuery
              || searcher.scoredGrams() && queries.runGram(p.text()) != null;
      for (Term t : queries.scoredTerms(p.text(), searcher.scoredGrams())) {
        TermStates states = TermStates.build(searcher, t, true);
        if (states.docFreq() > 0) {
          SimScorer sim =
              searcher
                  .getSimilarity()
                  .scorer(
                      1f,
                      searcher.collectionStatistics(t.field()),
                      searcher.termStatistics(t, states.docFreq(), states.totalTermFreq()));
          out.terms.add(new SegmentScoring.Clause(t, states, sim, oneTerm ? null : p));
        }
      }
      Query title = queries.titleBoost(p.text(), searcher.format());
      if (title != null) {
        // top scores: the same scores, and scorers that bound them by block
        out.titles.add(searcher.createWeight(searcher.rewrite(title), ScoreMode.TOP_SCORES, 1f));
      }
    }
    return out;
  }

  /** Scores in windows from {@code candidates} per segment on (tests: any number). */
  SectionScoreSums pruningFrom(int candidates) {
    this.pruneFrom = candidates;
    return this;
  }

  /** The windows with candidates {@link ScoreWindows} skipped in the searches so far. */
  long skippedWindows() {
    return skipped;
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
    ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
    int maxDoc = ctx.reader().maxDoc();
    try {
      SegmentScoring scoring =
          SegmentScoring.open(searcher, matcher, terms, titles, ctx, docs, n, batch);
      ScoreWindows.Action score =
          (from, to) -> {
            scoring.add(sums, from, to);
            ScoreLoops.collect(top, l, ctx.docBase, docs, sums, from, to);
          };
      if (n < pruneFrom || !scoring.hasTerms()) { // no bigram here: only title matches score
        score.run(0, maxDoc);
      } else {
        ScoreBounds bounds = scoring.bounds();
        skipped +=
            new ScoreWindows(bounds, top, searcher.columns().newestYear(), l)
                .run(docs, maxDoc, score);
      }
    } catch (IOException | RuntimeException e) { // the deadline included: leave the array clean
      ScoreLoops.clear(sums);
      throw e;
    }
  }
}
