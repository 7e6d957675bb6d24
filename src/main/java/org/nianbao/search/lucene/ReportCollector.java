package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.nianbao.search.SortOrder;

/**
 * Collects scored matching section documents (already filtered by the query) and keeps the top
 * reports in a sort order: groups sections by report (a report's sections precede its report
 * document in one block), scores a report by its best section, and keeps its matching sections.
 * Used to rank by year, where only the years a page needs are searched ({@link TopReports}).
 *
 * <p>Not thread-safe; use one instance per search on a searcher without an executor.
 */
final class ReportCollector implements Collector {

  /** A report that matched: its report doc, score, year and matching section docs. */
  record Candidate(
      int reportDoc, float score, int year, int[] sectionDocs, float[] sectionScores) {}

  private final BitSetProducer parents;
  private final int keep;
  private final PriorityQueue<Candidate> top; // head = worst
  private final Comparator<Candidate> order; // best first

  ReportCollector(BitSetProducer parents, SortOrder sort, int keep) {
    this.parents = parents;
    this.keep = keep;
    this.order = order(sort);
    this.top = new PriorityQueue<>(Math.max(1, keep), order.reversed());
  }

  /**
   * Best first: by score (ties: newer year, then index order) or by year (ties: score, then index
   * order).
   */
  static Comparator<Candidate> order(SortOrder sort) {
    Comparator<Candidate> byScore =
        Comparator.comparingDouble((Candidate c) -> c.score()).reversed();
    Comparator<Candidate> newest = Comparator.comparingInt((Candidate c) -> c.year()).reversed();
    Comparator<Candidate> oldest =
        Comparator.comparingInt(
            (Candidate c) -> c.year() == Integer.MIN_VALUE ? Integer.MAX_VALUE : c.year());
    Comparator<Candidate> byDoc = Comparator.comparingInt(Candidate::reportDoc);
    return switch (sort) {
      case RELEVANCE -> byScore.thenComparing(newest).thenComparing(byDoc);
      case NEWEST, MEASURE -> newest.thenComparing(byScore).thenComparing(byDoc);
      case OLDEST -> oldest.thenComparing(byScore).thenComparing(byDoc);
    };
  }

  /** The kept reports, best first. */
  List<Candidate> topReports() {
    List<Candidate> list = new ArrayList<>(top);
    list.sort(order);
    return list;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
    Deadline.current().check(); // past the deadline: rank no more segments
    return new Leaf(ctx);
  }

  private final class Leaf implements LeafCollector {
    private final int docBase;
    private final BitSet parentBits;
    private final NumericDocValues year;
    private Scorable scorer;
    private final Deadline deadline = Deadline.current();
    private int seen;

    // the report being accumulated
    private int parent = -1;
    private int[] docs = new int[16];
    private float[] scores = new float[16];
    private int matched;

    Leaf(LeafReaderContext ctx) throws IOException {
      docBase = ctx.docBase;
      parentBits = parents.getBitSet(ctx);
      year = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (parentBits == null) {
        return;
      }
      if ((++seen & Deadline.CHECK_MASK) == 0) {
        deadline.check();
      }
      int p = parentBits.nextSetBit(doc);
      if (p != parent) {
        flush();
        parent = p;
      }
      if (matched == docs.length) {
        docs = Arrays.copyOf(docs, matched * 2);
        scores = Arrays.copyOf(scores, matched * 2);
      }
      docs[matched] = doc;
      scores[matched] = scorer.score();
      matched++;
    }

    @Override
    public void finish() throws IOException {
      flush();
    }

    private void flush() throws IOException {
      if (parent < 0 || matched == 0 || keep <= 0) {
        matched = 0;
        return;
      }
      Integer y = year.advanceExact(parent) ? (int) year.longValue() : null;
      float best = 0;
      int[] global = new int[matched];
      for (int i = 0; i < matched; i++) {
        global[i] = docBase + docs[i];
        best = Math.max(best, scores[i]);
      }
      Candidate c =
          new Candidate(
              docBase + parent,
              best,
              y == null ? Integer.MIN_VALUE : y,
              global,
              Arrays.copyOf(scores, matched));
      if (top.size() < keep) {
        top.add(c);
      } else if (order.compare(c, top.peek()) < 0) {
        top.poll();
        top.add(c);
      }
      matched = 0;
    }
  }
}
