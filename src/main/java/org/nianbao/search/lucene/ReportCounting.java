package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.util.FixedBitSet;

/**
 * Counts the reports a report-level query matches ({@link ReportMatcher}) for one counting pass:
 * one by one, or, when no report selection narrows them and they are more than half of all reports
 * (a common phrase matches nearly every report), as every report's tallies ({@link #all}, kept with
 * the reader: {@link StatsSearcher#once}) minus those of the reports that do not match. Both give
 * the same counts.
 */
final class ReportCounting {
  private ReportCounting() {}

  /** The pass counting {@code parts} of {@code matcher}'s reports under {@code resolved}. */
  static CountingCollector count(
      StatsSearcher searcher, ReportMatcher matcher, ResolvedFilter resolved, Set<CountPart> parts)
      throws IOException {
    SectionUnit unit = resolved.unit();
    Deadline deadline = Deadline.current();
    int segments = matcher.segments();
    FixedBitSet[] matched = new FixedBitSet[segments];
    int found = 0; // segments whose matches are in matched
    if (!resolved.restrictsReports()) {
      FixedBitSet[] live = live(searcher);
      long matches = 0;
      long reports = 0;
      try {
        for (; found < segments && !deadline.expired(); found++) {
          matched[found] = matcher.reports(found, resolved, unit);
          matches += matched[found].cardinality();
          reports += live[found].cardinality();
        }
      } catch (CollectionTerminatedException e) { // the deadline fired in a leaf scan: partial
      }
      if (found == segments && matches * 2 > reports) {
        ReportTallies all = searcher.once(ReportCounting.class, ReportCounting::all);
        return subtracting(
            searcher, all.copy(searcher.columns(), searcher.ordinals(), parts), live, matched);
      }
    }
    CountingCollector c =
        new CountingCollector(searcher.columns(), searcher.ordinals(), searcher::placeNodes, parts);
    for (int ord = 0; ord < segments && !deadline.expired(); ord++) {
      try {
        c.addReports(
            searcher.columns().leaf(ord),
            ord < found ? matched[ord] : matcher.reports(ord, resolved, unit));
      } catch (CollectionTerminatedException e) { // the deadline fired in a leaf scan: partial
        break;
      }
    }
    return c;
  }

  /**
   * {@code tallies} (a copy of every report's) minus the {@code live} reports not in {@code
   * matched}. Not stopped by the deadline: subtracting only some of them would overstate the
   * counts.
   */
  private static CountingCollector subtracting(
      StatsSearcher searcher, ReportTallies tallies, FixedBitSet[] live, FixedBitSet[] matched) {
    for (int ord = 0; ord < matched.length; ord++) {
      ReportColumns.Leaf l = searcher.columns().leaf(ord);
      long[] all = live[ord].getBits();
      long[] in = matched[ord].getBits();
      for (int w = 0; w < all.length; w++) {
        for (long word = all[w] & ~in[w]; word != 0; word &= word - 1) {
          tallies.subtract(l, w << 6 | Long.numberOfTrailingZeros(word));
        }
      }
    }
    return new CountingCollector(
        searcher.columns(), searcher.ordinals(), searcher::placeNodes, tallies);
  }

  /** Every live report of {@code searcher} counted once in every dimension. */
  static ReportTallies all(StatsSearcher searcher) {
    ReportTallies all =
        new ReportTallies(searcher.columns(), searcher.ordinals(), EnumSet.allOf(CountPart.class));
    FixedBitSet[] live;
    try {
      live = live(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int ord = 0; ord < live.length; ord++) {
      ReportColumns.Leaf l = searcher.columns().leaf(ord);
      long[] words = live[ord].getBits();
      for (int w = 0; w < words.length; w++) {
        for (long word = words[w]; word != 0; word &= word - 1) {
          all.add(l, w << 6 | Long.numberOfTrailingZeros(word));
        }
      }
    }
    return all;
  }

  /** The live reports of each segment ({@link Universes}, shared: never modify them). */
  private static FixedBitSet[] live(StatsSearcher searcher) throws IOException {
    ResolvedFilter none = searcher.resolve(FacetFilter.none());
    Universes universes = new Universes(searcher);
    FixedBitSet[] out = new FixedBitSet[searcher.getIndexReader().leaves().size()];
    for (int ord = 0; ord < out.length; ord++) {
      out[ord] = universes.of(ord, none, null);
    }
    return out;
  }
}
