package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.nianbao.search.SortOrder;

/**
 * Keeps the best {@code keep} reports by relevance (a report scores its best section; ties by newer
 * year, then index order). Once the heap is full it tells the scorer the minimum competitive score,
 * so Lucene can skip blocks of sections that cannot enter the page.
 *
 * <p>Ties are resolved exactly: a section scoring exactly the minimum is still seen while it could
 * win the tie, i.e. while the worst kept report is older than the newest year in the index. Once it
 * has the newest year, a tie can no longer win (an equal year loses to the earlier document) and
 * the threshold moves just above the minimum: with many identical sections (boilerplate shared by
 * thousands of reports) this is what lets a common phrase skip.
 */
final class TopReportCollector implements Collector {
  private static final Comparator<ReportCollector.Candidate> BEST_FIRST =
      ReportCollector.order(SortOrder.RELEVANCE);

  /** Kept reports carry no sections (empty arrays cannot be changed: one of each serves all). */
  private static final int[] NO_SECTIONS = new int[0];

  private static final float[] NO_SCORES = new float[0];

  private final ReportColumns columns;
  private final int keep;
  private final PriorityQueue<ReportCollector.Candidate> heap; // head = worst kept

  /** The worst kept report's score and year once the heap is full (before: below any score). */
  private float worstScore = Float.NEGATIVE_INFINITY;

  private int worstYear = Integer.MIN_VALUE;

  TopReportCollector(ReportColumns columns, int keep) {
    this.columns = columns;
    this.keep = keep;
    this.heap = new PriorityQueue<>(Math.max(1, keep), BEST_FIRST.reversed());
  }

  /** The kept reports, best first (without sections). */
  List<ReportCollector.Candidate> top() {
    List<ReportCollector.Candidate> list = new ArrayList<>(heap);
    list.sort(BEST_FIRST);
    return list;
  }

  /**
   * Offers report {@code reportDoc} with its best section's score; reports must come in document
   * order, so a tie on score and year loses to the kept report (the earlier document). True when it
   * was kept.
   */
  boolean offer(int reportDoc, float best, int year) {
    if (!competes(best, year)) {
      return false;
    }
    if (heap.size() == keep) {
      heap.poll();
    }
    heap.add(new ReportCollector.Candidate(reportDoc, best, year, NO_SECTIONS, NO_SCORES));
    if (heap.size() == keep) {
      worstScore = heap.peek().score();
      worstYear = heap.peek().year();
    }
    return true;
  }

  /** Whether {@code keep} reports are kept (from then on, only better ones enter). */
  boolean full() {
    return heap.size() == keep;
  }

  /**
   * Whether a report offered now (after every kept one, in document order) with {@code best} and
   * {@code year} would be kept: the heap is not full, or it beats the worst kept report.
   */
  boolean competes(float best, int year) {
    // NO_YEAR is Integer.MIN_VALUE, the candidates' "no year" too
    return keep > 0 && (best > worstScore || best == worstScore && year > worstYear);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  /** The score below which (or at which, once ties cannot win) a section cannot enter the page. */
  private float minCompetitive() {
    ReportCollector.Candidate worst = heap.peek();
    return worst.year() >= columns.newestYear() ? Math.nextUp(worst.score()) : worst.score();
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
    Deadline deadline = Deadline.current();
    deadline.check(); // past the deadline: rank no more segments
    ReportColumns.Leaf l = columns.leaf(ctx.ord);
    int docBase = ctx.docBase;
    return new LeafCollector() {
      private Scorable scorer;
      private int report = -1;
      private float best = Float.NEGATIVE_INFINITY;
      private int seen;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        if (heap.size() == keep && keep > 0) {
          scorer.setMinCompetitiveScore(minCompetitive());
        }
      }

      @Override
      public void collect(int doc) throws IOException {
        if ((++seen & Deadline.CHECK_MASK) == 0) {
          deadline.check();
        }
        int r = l.report(doc);
        if (r != report) {
          offer();
          report = r;
          best = Float.NEGATIVE_INFINITY;
        }
        best = Math.max(best, scorer.score());
      }

      @Override
      public void finish() throws IOException {
        offer();
      }

      private void offer() throws IOException {
        if (report < 0 || keep <= 0) {
          return;
        }
        if (!TopReportCollector.this.offer(docBase + l.reportDoc[report], best, l.year[report])) {
          return;
        }
        if (heap.size() == keep && scorer != null) {
          scorer.setMinCompetitiveScore(minCompetitive());
        }
      }
    };
  }
}
