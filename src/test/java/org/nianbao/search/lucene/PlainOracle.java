package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.nianbao.index.Fields;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.SortOrder;

/**
 * The slow, obvious answers the fast search paths are checked against, computed with plain
 * collections and Lucene's stock searcher: every live document's stored fields are read once; every
 * match of a query is listed with its score; reports, filters, drill-sideways counts and the
 * ranking are then worked out with maps and sorting. Shares no code with the collectors, counters
 * and filters it checks.
 */
final class PlainOracle {
  /**
   * Values listed per dimension: the core lists every value (issue 14; clients cut the lists with
   * FacetOptions); selected values are listed in addition.
   */
  static final int LIMIT = Integer.MAX_VALUE;

  /** A report as stored: its document, id and facet values. */
  record Row(
      int doc,
      String id,
      String county,
      String agency,
      Integer year,
      String province,
      String city) {
    Row(int doc, String id, String county, String agency, Integer year) {
      this(doc, id, county, agency, year, null, null);
    }
  }

  /** A matching section: its report, number and score. */
  record Match(String reportId, int number, float score) {}

  /** The selections of a request, as plain sets (empty = no selection). */
  record Selection(
      Set<String> counties,
      Set<String> agencies,
      Set<Integer> years,
      Set<Integer> sections,
      Set<String> provinces,
      Set<String> cities) {
    Selection(
        Set<String> counties, Set<String> agencies, Set<Integer> years, Set<Integer> sections) {
      this(counties, agencies, years, sections, Set.of(), Set.of());
    }
  }

  /** Totals, matching reports per year and drill-sideways facets. */
  record Counts(
      long reports,
      long sections,
      Map<Integer, Long> hitsByYear,
      Map<Facet, List<FacetValue>> facets) {}

  private final long version;
  private final Map<String, Row> reports = new HashMap<>();
  private final Map<Integer, String> sectionReport = new HashMap<>();
  private final Map<Integer, Integer> sectionNumber = new HashMap<>();

  PlainOracle(DirectoryReader reader) throws IOException {
    this.version = reader.getVersion();
    StoredFields stored = reader.storedFields();
    for (LeafReaderContext ctx : reader.leaves()) {
      Bits live = ctx.reader().getLiveDocs();
      for (int d = 0; d < ctx.reader().maxDoc(); d++) {
        if (live != null && !live.get(d)) {
          continue;
        }
        int doc = ctx.docBase + d;
        Document document = stored.document(doc);
        String id = document.get(Fields.REPORT_ID);
        if (document.get(Fields.BASE_ID) != null) {
          Number year =
              document.getField(Fields.YEAR) == null
                  ? null
                  : document.getField(Fields.YEAR).numericValue();
          reports.put(
              id,
              new Row(
                  doc,
                  id,
                  document.get(Fields.COUNTY),
                  document.get(Fields.AGENCY),
                  year == null ? null : year.intValue(),
                  document.get(Fields.PROVINCE),
                  document.get(Fields.CITY)));
        } else {
          sectionReport.put(doc, id);
          sectionNumber.put(doc, document.getField(Fields.SECTION_NO).numericValue().intValue());
        }
      }
    }
  }

  /** Whether {@code reader} shows the commit these rows were read from. */
  boolean sameCommit(DirectoryReader reader) {
    return reader.getVersion() == version;
  }

  /**
   * Every live section of {@code reader} (this commit) matching {@code query} (null: every
   * section), with its score.
   */
  List<Match> matches(IndexReader reader, Query query) throws IOException {
    List<Match> out = new ArrayList<>();
    if (query == null) {
      new TreeMap<>(sectionReport)
          .forEach((doc, id) -> out.add(new Match(id, sectionNumber.get(doc), 0f)));
      return out;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    for (ScoreDoc sd : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
      out.add(new Match(sectionReport.get(sd.doc), sectionNumber.get(sd.doc), sd.score));
    }
    return out;
  }

  /**
   * No selection, or a selected value; a report without a value passes when {@link
   * FacetValue#UNKNOWN} is selected.
   */
  private static <T> boolean ok(Set<T> selected, T value) {
    return selected.isEmpty()
        || (value != null ? selected.contains(value) : selected.contains(FacetValue.UNKNOWN));
  }

  private static String known(String value) {
    return value == null ? FacetValue.UNKNOWN : value;
  }

  /** Totals and facets: each dimension counted over the reports passing every other selection. */
  Counts counts(List<Match> matches, Selection s) {
    Map<String, List<Match>> byReport = new LinkedHashMap<>();
    matches.forEach(m -> byReport.computeIfAbsent(m.reportId(), k -> new ArrayList<>()).add(m));
    long total = 0;
    long sections = 0;
    Map<Integer, Long> hitsByYear = new HashMap<>();
    Map<String, Long> counties = new HashMap<>();
    Map<String, Long> agencies = new HashMap<>();
    Map<String, Long> provinces = new HashMap<>();
    Map<String, Long> cities = new HashMap<>();
    Map<Integer, Long> years = new HashMap<>();
    Map<Integer, Long> numbers = new HashMap<>();
    byReport.forEach(
        (id, ms) -> {
          Row r = reports.get(id);
          long passing = ms.stream().filter(m -> ok(s.sections(), m.number())).count();
          boolean c = ok(s.counties(), r.county());
          boolean a = ok(s.agencies(), r.agency());
          boolean y =
              ok(s.years(), r.year())
                  && ok(s.provinces(), r.province())
                  && ok(s.cities(), r.city());
          boolean pr =
              ok(s.counties(), r.county())
                  && ok(s.agencies(), r.agency())
                  && ok(s.years(), r.year());
          if (c && a && y) {
            ms.stream().map(Match::number).distinct().forEach(n -> numbers.merge(n, 1L, Long::sum));
          }
          if (passing > 0) {
            if (a && y) {
              counties.merge(known(r.county()), 1L, Long::sum);
            }
            if (c && y) {
              agencies.merge(known(r.agency()), 1L, Long::sum);
            }
            if (c
                && a
                && ok(s.provinces(), r.province())
                && ok(s.cities(), r.city())
                && r.year() != null) {
              years.merge(r.year(), 1L, Long::sum);
            }
            if (pr && ok(s.cities(), r.city())) {
              provinces.merge(known(r.province()), 1L, Long::sum);
            }
            if (pr && ok(s.provinces(), r.province())) {
              cities.merge(known(r.city()), 1L, Long::sum);
            }
          }
        });
    for (Map.Entry<String, List<Match>> e : byReport.entrySet()) {
      Row r = reports.get(e.getKey());
      long passing = e.getValue().stream().filter(m -> ok(s.sections(), m.number())).count();
      if (passing > 0
          && ok(s.counties(), r.county())
          && ok(s.agencies(), r.agency())
          && ok(s.years(), r.year())
          && ok(s.provinces(), r.province())
          && ok(s.cities(), r.city())) {
        total++;
        sections += passing;
        if (r.year() != null) {
          hitsByYear.merge(r.year(), 1L, Long::sum);
        }
      }
    }
    Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
    facets.put(Facet.COUNTY, top(counties, s.counties()));
    facets.put(Facet.AGENCY, top(agencies, s.agencies()));
    facets.put(Facet.YEAR, byKey(years, s.years(), Comparator.reverseOrder()));
    facets.put(Facet.SECTION, byKey(numbers, s.sections(), Comparator.naturalOrder()));
    facets.put(Facet.PROVINCE, top(provinces, s.provinces()));
    facets.put(Facet.CITY, top(cities, s.cities()));
    return new Counts(total, sections, hitsByYear, facets);
  }

  /**
   * The {@link #LIMIT} most frequent values (ties by value), then selected values not among them.
   */
  static List<FacetValue> top(Map<String, Long> counts, Set<String> selected) {
    List<String> values = new ArrayList<>(counts.keySet());
    values.remove(FacetValue.UNKNOWN); // listed after the top values
    values.sort(
        Comparator.comparing((String v) -> counts.get(v))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    List<FacetValue> out = new ArrayList<>();
    for (String v : values.subList(0, Math.min(LIMIT, values.size()))) {
      out.add(new FacetValue(v, counts.get(v), selected.contains(v)));
    }
    if (counts.containsKey(FacetValue.UNKNOWN) || selected.contains(FacetValue.UNKNOWN)) {
      out.add(
          new FacetValue(
              FacetValue.UNKNOWN,
              counts.getOrDefault(FacetValue.UNKNOWN, 0L),
              selected.contains(FacetValue.UNKNOWN)));
    }
    for (String v : selected) {
      if (out.stream().noneMatch(f -> f.value().equals(v))) {
        out.add(new FacetValue(v, counts.getOrDefault(v, 0L), true));
      }
    }
    return out;
  }

  /**
   * Every key in {@code order} (selected ones included, count 0 when absent), the first {@link
   * #LIMIT} plus selected.
   */
  static <K extends Comparable<K>> List<FacetValue> byKey(
      Map<K, Long> counts, Set<K> selected, Comparator<K> order) {
    TreeSet<K> keys = new TreeSet<>(order);
    keys.addAll(counts.keySet());
    keys.addAll(selected);
    List<FacetValue> out = new ArrayList<>();
    for (K k : keys) {
      if (out.size() < LIMIT || selected.contains(k)) {
        out.add(
            new FacetValue(String.valueOf(k), counts.getOrDefault(k, 0L), selected.contains(k)));
      }
    }
    return out;
  }

  /**
   * Ids of the reports passing {@code s}, best first: a report scores its best passing section; by
   * relevance ties go to the newer year, then index order; by year, ties go to the score, then
   * index order (reports without a year last).
   */
  List<String> ranking(List<Match> matches, Selection s, SortOrder sort) {
    Map<String, Float> best = new HashMap<>();
    for (Match m : matches) {
      Row r = reports.get(m.reportId());
      if (ok(s.sections(), m.number())
          && ok(s.counties(), r.county())
          && ok(s.agencies(), r.agency())
          && ok(s.years(), r.year())
          && ok(s.provinces(), r.province())
          && ok(s.cities(), r.city())) {
        best.merge(m.reportId(), m.score(), Math::max);
      }
    }
    Comparator<String> score = Comparator.comparing((String id) -> best.get(id)).reversed();
    Comparator<String> newest =
        Comparator.comparing((String id) -> yearOr(id, Integer.MIN_VALUE)).reversed();
    Comparator<String> oldest = Comparator.comparing((String id) -> yearOr(id, Integer.MAX_VALUE));
    Comparator<String> doc = Comparator.comparing((String id) -> reports.get(id).doc());
    Comparator<String> order =
        switch (sort) {
          case RELEVANCE -> score.thenComparing(newest).thenComparing(doc);
          case NEWEST -> newest.thenComparing(score).thenComparing(doc);
          case OLDEST -> oldest.thenComparing(score).thenComparing(doc);
          case MEASURE -> throw new IllegalArgumentException("not modelled here");
        };
    List<String> ids = new ArrayList<>(best.keySet());
    ids.sort(order);
    return ids;
  }

  private int yearOr(String id, int missing) {
    Integer y = reports.get(id).year();
    return y == null ? missing : y;
  }
}
