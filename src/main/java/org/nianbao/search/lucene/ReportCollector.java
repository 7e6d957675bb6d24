package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.nianbao.index.Fields;
import org.nianbao.search.SortOrder;

/**
 * Collects matching section documents and turns them into report-level results in one pass:
 * groups sections by report (a report's sections precede its report document in one block),
 * applies the facet filters, counts facets per report with drill-sideways semantics (a
 * dimension's counts ignore that dimension's own selection), and keeps the top reports.
 *
 * <p>Not thread-safe; use one instance per search on a searcher without an executor.
 */
final class ReportCollector implements Collector {

  /** A report that matched: its report doc, score, year and matching section docs. */
  record Candidate(int reportDoc, float score, int year, int[] sectionDocs, float[] sectionScores) {}

  private final FacetFilter filter;
  private final BitSetProducer parents;
  private final int keep;
  private final PriorityQueue<Candidate> top; // head = worst
  private final Comparator<Candidate> order; // best first
  private final boolean scores;

  private long totalReports;
  private long totalSections;
  final OrdCounts countyCounts;
  final OrdCounts agencyCounts;
  private final GlobalOrdinals counties;
  private final GlobalOrdinals agencies;
  private final long[] yearHits = new long[YEAR_SPAN];
  private final Map<Integer, Long> hitsByYear = new HashMap<>();
  private final long[] sectionHits = new long[64];
  private final Map<Integer, Long> otherYears = new HashMap<>();
  private final Map<Integer, Long> otherSections = new HashMap<>();

  private static final int YEAR_BASE = 1950;
  private static final int YEAR_SPAN = 200;

  ReportCollector(
      FacetFilter filter, BitSetProducer parents, FacetOrdinals ordinals, SortOrder sort, int keep, boolean scores) {
    this.filter = filter;
    this.counties = ordinals.counties();
    this.agencies = ordinals.agencies();
    this.countyCounts = new OrdCounts(counties);
    this.agencyCounts = new OrdCounts(agencies);
    this.parents = parents;
    this.keep = keep;
    this.scores = scores;
    this.order = order(sort);
    this.top = new PriorityQueue<>(Math.max(1, keep), order.reversed());
  }

  static Comparator<Candidate> order(SortOrder sort) {
    Comparator<Candidate> byScore = Comparator.comparingDouble((Candidate c) -> c.score()).reversed();
    Comparator<Candidate> newest = Comparator.comparingInt((Candidate c) -> c.year()).reversed();
    Comparator<Candidate> oldest = Comparator.comparingInt((Candidate c) -> c.year() == Integer.MIN_VALUE ? Integer.MAX_VALUE : c.year());
    Comparator<Candidate> byDoc = Comparator.comparingInt(Candidate::reportDoc);
    return switch (sort) {
      case RELEVANCE -> byScore.thenComparing(newest).thenComparing(byDoc);
      case NEWEST -> newest.thenComparing(byScore).thenComparing(byDoc);
      case OLDEST -> oldest.thenComparing(byScore).thenComparing(byDoc);
    };
  }

  /** Report counts per year (drill-sideways). */
  Map<Integer, Long> yearCounts() {
    return counts(yearHits, YEAR_BASE, otherYears);
  }

  /** Report counts per section number (reports with a match in that section). */
  Map<Integer, Long> sectionCounts() {
    return counts(sectionHits, 0, otherSections);
  }

  private static Map<Integer, Long> counts(long[] hits, int base, Map<Integer, Long> other) {
    Map<Integer, Long> out = new HashMap<>(other);
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > 0) {
        out.merge(base + i, hits[i], Long::sum);
      }
    }
    return out;
  }

  private void countYear(int year) {
    int i = year - YEAR_BASE;
    if (i >= 0 && i < YEAR_SPAN) {
      yearHits[i]++;
    } else {
      otherYears.merge(year, 1L, Long::sum);
    }
  }

  /** Matching reports (all filters applied) per year; reports without a year are not listed. */
  Map<Integer, Long> hitsByYear() {
    return hitsByYear;
  }

  long totalReports() {
    return totalReports;
  }

  long totalSections() {
    return totalSections;
  }

  /** The kept reports, best first. */
  List<Candidate> topReports() {
    List<Candidate> list = new ArrayList<>(top);
    list.sort(order);
    return list;
  }

  @Override
  public ScoreMode scoreMode() {
    return scores ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
    return new Leaf(ctx);
  }

  private final class Leaf implements LeafCollector {
    private final int docBase;
    private final BitSet parentBits;
    private final SortedDocValues county;
    private final SortedDocValues agency;
    private final NumericDocValues year;
    private final NumericDocValues sectionNo;
    private final LongValues countyGlobal;
    private final LongValues agencyGlobal;
    private final int[] countySelected;
    private final int[] agencySelected;
    private Scorable scorer;

    // the report being accumulated
    private int parent = -1;
    private long matchedMask; // bit n set: a section numbered n (< 64) matched
    private final List<Integer> matchedLarge = new ArrayList<>(); // numbers >= 64 (rare)
    private int[] passingDocs = new int[16];
    private float[] passingScores = new float[16];
    private int passing;

    Leaf(LeafReaderContext ctx) throws IOException {
      docBase = ctx.docBase;
      parentBits = parents.getBitSet(ctx);
      county = DocValues.getSorted(ctx.reader(), Fields.COUNTY);
      agency = DocValues.getSorted(ctx.reader(), Fields.AGENCY);
      year = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
      sectionNo = DocValues.getNumeric(ctx.reader(), Fields.SECTION_NO);
      countyGlobal = counties.segmentToGlobal(ctx.ord);
      agencyGlobal = agencies.segmentToGlobal(ctx.ord);
      countySelected = ords(county, FacetFilter.list(filter.counties()));
      agencySelected = ords(agency, FacetFilter.list(filter.agencies()));
    }

    private static int[] ords(SortedDocValues dv, List<String> values) throws IOException {
      int[] ords = new int[values.size()];
      for (int i = 0; i < ords.length; i++) {
        ords[i] = dv.lookupTerm(new BytesRef(values.get(i))); // negative when absent
      }
      return ords;
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
      int p = parentBits.nextSetBit(doc);
      if (p != parent) {
        flush();
        parent = p;
      }
      int number = sectionNo.advanceExact(doc) ? (int) sectionNo.longValue() : 0;
      if (number >= 0 && number < 64) {
        matchedMask |= 1L << number;
      } else {
        matchedLarge.add(number);
      }
      if (filter.sectionOk(number)) {
        if (passing == passingDocs.length) {
          passingDocs = java.util.Arrays.copyOf(passingDocs, passing * 2);
          passingScores = java.util.Arrays.copyOf(passingScores, passing * 2);
        }
        passingDocs[passing] = doc;
        passingScores[passing] = scores ? scorer.score() : 0f;
        passing++;
      }
    }

    @Override
    public void finish() throws IOException {
      flush();
    }

    private void flush() throws IOException {
      if (parent < 0 || (matchedMask == 0 && matchedLarge.isEmpty())) {
        return;
      }
      int countyOrd = county.advanceExact(parent) ? county.ordValue() : -1;
      int agencyOrd = agency.advanceExact(parent) ? agency.ordValue() : -1;
      Integer y = year.advanceExact(parent) ? (int) year.longValue() : null;
      boolean countyOk = selected(countySelected, countyOrd);
      boolean agencyOk = selected(agencySelected, agencyOrd);
      boolean yearOk = filter.yearOk(y);
      boolean hasMatch = passing > 0;
      int failures = (countyOk ? 0 : 1) + (agencyOk ? 0 : 1) + (yearOk ? 0 : 1);
      if (failures == 0) {
        for (long m = matchedMask; m != 0; m &= m - 1) {
          sectionHits[Long.numberOfTrailingZeros(m)]++;
        }
        if (!matchedLarge.isEmpty()) {
          matchedLarge.stream().distinct().forEach(n -> otherSections.merge(n, 1L, Long::sum));
        }
      }
      if (hasMatch && failures <= 1) {
        if (countyOrd >= 0 && agencyOk && yearOk) {
          countyCounts.increment((int) countyGlobal.get(countyOrd));
        }
        if (agencyOrd >= 0 && countyOk && yearOk) {
          agencyCounts.increment((int) agencyGlobal.get(agencyOrd));
        }
        if (y != null && countyOk && agencyOk) {
          countYear(y);
        }
        if (failures == 0) {
          hit(y);
        }
      }
      matchedMask = 0;
      matchedLarge.clear();
      passing = 0;
    }

    private void hit(Integer y) {
      totalReports++;
      if (y != null) {
        hitsByYear.merge(y, 1L, Long::sum);
      }
      totalSections += passing;
      if (keep <= 0) {
        return;
      }
      float best = 0;
      int[] docs = new int[passing];
      float[] sc = new float[passing];
      for (int i = 0; i < passing; i++) {
        docs[i] = docBase + passingDocs[i];
        sc[i] = passingScores[i];
        best = Math.max(best, sc[i]);
      }
      Candidate c = new Candidate(docBase + parent, best, y == null ? Integer.MIN_VALUE : y, docs, sc);
      if (top.size() < keep) {
        top.add(c);
      } else if (order.compare(c, top.peek()) < 0) {
        top.poll();
        top.add(c);
      }
    }

    private static boolean selected(int[] selectedOrds, int ord) {
      if (selectedOrds.length == 0) {
        return true;
      }
      if (ord < 0) {
        return false;
      }
      for (int s : selectedOrds) {
        if (s == ord) {
          return true;
        }
      }
      return false;
    }
  }
}
