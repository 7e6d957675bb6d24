package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.util.FixedBitSet;

/**
 * Ranking that skips what cannot enter the page: a segment's documents are visited in windows of
 * whole reports, cut where a block of postings of the scoring term with the fewest ends — first 32
 * blocks at a time, then block by block inside the 32 that might compete — and a window is scored
 * only when the bound of its sums ({@link ScoreBounds}) could still enter {@link
 * TopReportCollector} (ties included: with the newest year, an equal score could still win). What
 * is skipped scores below the worst kept report, so the kept reports, their scores and their order
 * are exactly those of scoring every window.
 */
final class ScoreWindows {
  /** Scores and collects the candidates of documents {@code [from, to)}. */
  interface Action {
    void run(int from, int to) throws IOException;
  }

  /** Single blocks tried before deciding whether cutting regions into them pays. */
  private static final int TRIAL = 64;

  /** Cutting pays while at least one block in this many is skipped. */
  private static final int PAYS = 8;

  private final ScoreBounds bounds;
  private final TopReportCollector top;
  private final int newestYear;
  private final ReportColumns.Leaf leaf;

  ScoreWindows(
      ScoreBounds bounds, TopReportCollector top, int newestYear, ReportColumns.Leaf leaf) {
    this.bounds = bounds;
    this.top = top;
    this.newestYear = newestYear;
    this.leaf = leaf;
  }

  /**
   * Runs {@code action} on the windows with candidates ({@code docs}) that may compete. A region of
   * 32 blocks that competes is cut into single blocks only once the page is full (before,
   * everything competes) and while that pays: after {@link #TRIAL} blocks of a segment of which
   * fewer than one in {@link #PAYS} was skipped, its regions are scored whole. Returns the number
   * of windows with candidates it skipped.
   */
  int run(FixedBitSet docs, int maxDoc, Action action) throws IOException {
    Deadline deadline = Deadline.current();
    int tried = 0;
    int skipped = 0;
    int regions = 0;
    for (int a = next(docs, 0, maxDoc); a < maxDoc; a = next(docs, a, maxDoc)) {
      deadline.check();
      int e = end(bounds.leadBlockEnd(a, true), maxDoc);
      if (!top.competes(bounds.of(a, e - 1, true), newestYear)) {
        regions++;
      } else if (!top.full() || tried >= TRIAL && skipped * PAYS < tried) {
        action.run(a, e);
      } else {
        for (int x = a; x < e; x = next(docs, x, e)) {
          int to = end(Math.min(bounds.leadBlockEnd(x, false), e - 1), maxDoc);
          tried++;
          if (top.competes(bounds.of(x, to - 1, false), newestYear)) {
            action.run(x, to);
          } else {
            skipped++;
          }
          x = to;
        }
      }
      a = e;
    }
    return regions + skipped;
  }

  /**
   * The end (exclusive) of the report holding document {@code last}: windows hold whole reports.
   */
  private int end(int last, int maxDoc) {
    if (last >= maxDoc - 1) {
      return maxDoc;
    }
    int r = leaf.report(last);
    return r < 0 ? last + 1 : leaf.reportDoc[r] + 1;
  }

  /** The first candidate in {@code [from, end)}, or {@code end}. */
  private static int next(FixedBitSet docs, int from, int end) {
    return from >= end ? end : Math.min(docs.nextSetBit(from), end);
  }
}
