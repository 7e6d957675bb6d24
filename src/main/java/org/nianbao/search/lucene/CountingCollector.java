package org.nianbao.search.lucene;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.FixedBitSet;

/**
 * The counting pass over sections that already pass a filter (see {@link ReportFilterQuery}):
 * totals, and per dimension the number of matching reports per value — county, agency and year once
 * per report, section once per report and section number. Reads only {@link ReportColumns}; one
 * array read per matching section, the rest once per report.
 *
 * <p>Not thread-safe; use one instance per search on a searcher without an executor (a report's
 * sections arrive consecutively).
 */
final class CountingCollector implements Collector {

  private final ReportColumns columns;
  final OrdCounts agencies;
  final GlobalOrdinals topics;
  final PlaceTally places;
  private final ReportTallies tallies;
  private final SectionTally tally = new SectionTally();
  private long totalSections;

  private final Supplier<PlaceNodes> placeNodes;

  /** The search's deadline, read once (a thread-local look-up per segment costs). */
  private final Deadline deadline = Deadline.current();

  /**
   * A pass counting only {@code parts} (and the totals): the other dimensions' lists come out
   * empty. (Section-level passes, see {@link Leaf}, always count sections.)
   */
  CountingCollector(
      ReportColumns columns,
      FacetOrdinals ordinals,
      Supplier<PlaceNodes> placeNodes,
      Set<CountPart> parts) {
    this(columns, ordinals, placeNodes, new ReportTallies(columns, ordinals, parts));
  }

  /** A pass whose report counts start from {@code reports} (see {@link ReportCounting}). */
  CountingCollector(
      ReportColumns columns,
      FacetOrdinals ordinals,
      Supplier<PlaceNodes> placeNodes,
      ReportTallies reports) {
    this.columns = columns;
    this.placeNodes = placeNodes;
    this.tallies = reports;
    this.agencies = reports.agencies;
    this.topics = ordinals.topics();
    this.places = reports.places;
  }

  /** The place tree's nodes of this reader. */
  PlaceNodes placeNodes() {
    return placeNodes.get();
  }

  long totalReports() {
    return tallies.total();
  }

  long totalSections() {
    return totalSections;
  }

  /** Matching reports per year (reports without a year are not listed). */
  Map<Integer, Long> yearCounts() {
    return tallies.years.counts();
  }

  /** Matching reports without a year. */
  long unknownYears() {
    return tallies.years.unknown();
  }

  /** Matching reports per section number (reports with a match in that section). */
  Map<Integer, Long> sectionCounts() {
    return tally.sections();
  }

  /** Matching reports per topic ordinal (-1: sections without topic). */
  Map<Integer, Long> topicCounts() {
    return tally.topics();
  }

  /**
   * Replaces the section and topic counts and the section total (report-level queries count them
   * apart).
   */
  void replaceSections(Map<Integer, Long> numbers, Map<Integer, Long> topics, long sections) {
    tally.replace(numbers, topics);
    totalSections = sections;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) {
    deadline.check(); // past the deadline: count no more segments
    return new Leaf(columns.leaf(ctx.ord));
  }

  /**
   * Counts the reports of segment {@code l} set in {@code reports} (a report-level query's matches:
   * its sections are counted apart, see {@link #replaceSections}), without visiting sections.
   */
  void addReports(ReportColumns.Leaf l, FixedBitSet reports) {
    if (deadline.expired()) { // past the deadline: count no more segments
      return;
    }
    int seen = 0;
    int n = reports.length();
    for (int r = n == 0 ? DocIdSetIterator.NO_MORE_DOCS : reports.nextSetBit(0);
        r != DocIdSetIterator.NO_MORE_DOCS;
        r = r + 1 < n ? reports.nextSetBit(r + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      if ((++seen & Deadline.CHECK_MASK) == 0 && deadline.expired()) {
        return; // partial, as a collector stopped by the deadline
      }
      tallies.add(l, r);
    }
  }

  private final class Leaf implements LeafCollector {
    private final ReportColumns.Leaf l;
    private int seen;
    private int report = -1;

    Leaf(ReportColumns.Leaf l) {
      this.l = l;
    }

    @Override
    public void setScorer(Scorable scorer) {}

    @Override
    public void collect(int doc) {
      int r = l.report(doc);
      if (r != report) {
        flush();
        report = r;
      }
      if ((++seen & Deadline.CHECK_MASK) == 0) {
        deadline.check();
      }
      totalSections++;
      tally.add(l.section(doc), l.topic(doc));
    }

    @Override
    public void finish() {
      flush();
    }

    private void flush() {
      if (report < 0) {
        return;
      }
      tallies.add(l, report);
      tally.flush();
      report = -1;
    }
  }
}
