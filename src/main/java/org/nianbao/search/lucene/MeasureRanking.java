package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects the matching sections' reports and keeps the best {@code keep} by a statistics measure
 * ({@link MeasureColumns}): largest first (smallest with {@code ascending}), reports without the
 * value last, ties newer year first, then index order. Not thread-safe; one per search on a
 * searcher without an executor.
 */
final class MeasureRanking implements Collector {
  /** A report with its measure value ({@link MeasureColumns#MISSING}: none). */
  private record Entry(int reportDoc, int value, int year) {}

  private final ReportColumns columns;
  private final int[][] values;
  private final int keep;
  private final Comparator<Entry> order; // best first
  private final PriorityQueue<Entry> top; // head = worst

  MeasureRanking(ReportColumns columns, int[][] values, boolean ascending, int keep) {
    this.columns = columns;
    this.values = values;
    this.keep = keep;
    Comparator<Entry> byValue =
        ascending
            ? Comparator.comparingInt(Entry::value)
            : Comparator.comparingInt(Entry::value).reversed();
    this.order =
        Comparator.comparing((Entry e) -> e.value() == MeasureColumns.MISSING)
            .thenComparing(byValue)
            .thenComparing(Comparator.comparingInt(Entry::year).reversed())
            .thenComparingInt(Entry::reportDoc);
    this.top = new PriorityQueue<>(Math.max(1, Math.min(keep, 1024)), order.reversed());
  }

  /** The kept reports, best first, without sections (score 0). */
  List<ReportCollector.Candidate> top() {
    List<Entry> list = new ArrayList<>(top);
    list.sort(order);
    List<ReportCollector.Candidate> out = new ArrayList<>(list.size());
    for (Entry e : list) {
      out.add(new ReportCollector.Candidate(e.reportDoc, 0f, e.year, new int[0], new float[0]));
    }
    return out;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) {
    Deadline.current().check(); // past the deadline: rank no more segments
    ReportColumns.Leaf l = columns.leaf(ctx.ord);
    int[] v = values[ctx.ord];
    Deadline deadline = Deadline.current();
    return new LeafCollector() {
      private int last = -1;
      private int seen;

      @Override
      public void setScorer(Scorable scorer) {}

      @Override
      public void collect(int doc) {
        if ((++seen & Deadline.CHECK_MASK) == 0) {
          deadline.check();
        }
        int r = l.report(doc);
        if (r == last || r < 0 || keep <= 0) {
          return;
        }
        last = r;
        Entry e = new Entry(l.docBase + l.reportDoc[r], v[r], l.year[r]);
        if (top.size() < keep) {
          top.add(e);
        } else if (order.compare(e, top.peek()) < 0) {
          top.poll();
          top.add(e);
        }
      }
    };
  }
}
