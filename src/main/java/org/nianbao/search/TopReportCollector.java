package org.nianbao.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.nianbao.index.Fields;

/**
 * Keeps the best {@code keep} reports by relevance (a report scores its best section; ties by
 * newer year, then index order). Once the heap is full it tells the scorer the minimum
 * competitive score, so Lucene can skip blocks of sections that cannot enter the page; sections
 * scoring exactly that minimum are still seen, so ties are resolved exactly.
 */
final class TopReportCollector implements Collector {
  private static final Comparator<ReportCollector.Candidate> BEST_FIRST = ReportCollector.order(SortOrder.RELEVANCE);

  private final BitSetProducer parents;
  private final int keep;
  private final PriorityQueue<ReportCollector.Candidate> heap; // head = worst kept

  TopReportCollector(BitSetProducer parents, int keep) {
    this.parents = parents;
    this.keep = keep;
    this.heap = new PriorityQueue<>(Math.max(1, keep), BEST_FIRST.reversed());
  }

  /** The kept reports, best first (without sections). */
  List<ReportCollector.Candidate> top() {
    List<ReportCollector.Candidate> list = new ArrayList<>(heap);
    list.sort(BEST_FIRST);
    return list;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
    BitSet parentBits = parents.getBitSet(ctx);
    NumericDocValues year = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
    int docBase = ctx.docBase;
    return new LeafCollector() {
      private Scorable scorer;
      private int parent = -1;
      private float best = Float.NEGATIVE_INFINITY;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (heap.size() == keep && keep > 0) {
          scorer.setMinCompetitiveScore(heap.peek().score());
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        if (parentBits == null) {
          return;
        }
        int p = parentBits.nextSetBit(doc);
        if (p != parent) {
          offer();
          parent = p;
          best = Float.NEGATIVE_INFINITY;
        }
        best = Math.max(best, scorer.score());
      }

      @Override
      public void finish() throws IOException {
        offer();
      }

      private void offer() throws IOException {
        if (parent < 0 || keep <= 0) {
          return;
        }
        if (heap.size() == keep && best < heap.peek().score()) {
          return; // cannot compete, whatever its year
        }
        int y = year.advanceExact(parent) ? (int) year.longValue() : Integer.MIN_VALUE;
        ReportCollector.Candidate c = new ReportCollector.Candidate(docBase + parent, best, y, new int[0], new float[0]);
        if (heap.size() < keep) {
          heap.add(c);
        } else if (BEST_FIRST.compare(c, heap.peek()) < 0) {
          heap.poll();
          heap.add(c);
        } else {
          return;
        }
        if (heap.size() == keep && scorer != null) {
          scorer.setMinCompetitiveScore(heap.peek().score());
        }
      }
    };
  }
}
