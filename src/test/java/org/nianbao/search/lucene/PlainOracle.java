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
import org.nianbao.search.SearchRequest;
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

  /** A matching section: its report, number, score and topic ({@link FacetValue#UNKNOWN}: none). */
  record Match(String reportId, int number, float score, String topic) {}

  /** The selections of a request, as plain sets (empty = no selection). */
  record Selection(
      Set<String> counties,
      Set<String> agencies,
      Set<Integer> years,
      Set<Integer> sections,
      Set<String> provinces,
      Set<String> cities,
      Set<String> topics) {
    Selection(
        Set<String> counties, Set<String> agencies, Set<Integer> years, Set<Integer> sections) {
      this(counties, agencies, years, sections, Set.of(), Set.of(), Set.of());
    }

    /** Whether a section passes the section-level selections (number and topic). */
    boolean section(Match m) {
      return ok(sections, m.number()) && ok(topics, m.topic());
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
  private final Map<Integer, String> sectionTopic = new HashMap<>();

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
          sectionTopic.put(doc, known(document.get(Fields.SECTION_TOPIC)));
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
          .forEach(
              (doc, id) ->
                  out.add(new Match(id, sectionNumber.get(doc), 0f, sectionTopic.get(doc))));
      return out;
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    for (ScoreDoc sd : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
      out.add(
          new Match(
              sectionReport.get(sd.doc),
              sectionNumber.get(sd.doc),
              sd.score,
              sectionTopic.get(sd.doc)));
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

  /** No year selection, or the report's year selected ({@code UNKNOWN_YEAR}: no year). */
  private static boolean yearOk(Set<Integer> selected, Integer year) {
    return selected.isEmpty()
        || selected.contains(year == null ? SearchRequest.UNKNOWN_YEAR : year);
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
    Map<String, Long> topics = new HashMap<>();
    List<Row> placed = new ArrayList<>();
    long[] unknownYears = new long[1];
    byReport.forEach(
        (id, ms) -> {
          Row r = reports.get(id);
          long passing = ms.stream().filter(s::section).count();
          boolean c = ok(s.counties(), r.county());
          boolean a = ok(s.agencies(), r.agency());
          boolean y =
              yearOk(s.years(), r.year())
                  && ok(s.provinces(), r.province())
                  && ok(s.cities(), r.city());
          boolean pr =
              ok(s.counties(), r.county())
                  && ok(s.agencies(), r.agency())
                  && yearOk(s.years(), r.year());
          if (c && a && y) { // each section dimension keeps the other's selection
            ms.stream()
                .filter(m -> ok(s.topics(), m.topic()))
                .map(Match::number)
                .distinct()
                .forEach(n -> numbers.merge(n, 1L, Long::sum));
            ms.stream()
                .filter(m -> ok(s.sections(), m.number()))
                .map(Match::topic)
                .distinct()
                .forEach(t -> topics.merge(t, 1L, Long::sum));
          }
          if (passing > 0 && a && yearOk(s.years(), r.year())) {
            placed.add(r); // the place tree ignores every place selection
          }
          if (passing > 0) {
            if (a && y) {
              counties.merge(known(r.county()), 1L, Long::sum);
            }
            if (c && y) {
              agencies.merge(known(r.agency()), 1L, Long::sum);
            }
            if (c && a && ok(s.provinces(), r.province()) && ok(s.cities(), r.city())) {
              if (r.year() != null) {
                years.merge(r.year(), 1L, Long::sum);
              } else {
                unknownYears[0]++;
              }
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
      long passing = e.getValue().stream().filter(s::section).count();
      if (passing > 0
          && ok(s.counties(), r.county())
          && ok(s.agencies(), r.agency())
          && yearOk(s.years(), r.year())
          && ok(s.provinces(), r.province())
          && ok(s.cities(), r.city())) {
        total++;
        sections += passing;
        if (r.year() != null) {
          hitsByYear.merge(r.year(), 1L, Long::sum);
        }
      }
    }
    return new Counts(
        total,
        sections,
        hitsByYear,
        facets(
            s,
            counties,
            agencies,
            years,
            unknownYears[0],
            numbers,
            provinces,
            cities,
            topics,
            placed));
  }

  /**
   * A report-level query as worked out elsewhere by brute force (e.g. {@code ReportLevelOracle}):
   * whether a report's unit matches and which sections it lists there.
   */
  interface ReportLevel {
    /**
     * The sections listed for report {@code id} when its unit (the sections in {@code unit}, all
     * when empty) matches, or {@code null} when it does not match.
     */
    List<Integer> listed(String id, Set<Integer> unit);

    /** The section numbers of report {@code id}, each a unit of its own for the section facet. */
    Set<Integer> sections(String id);
  }

  /**
   * Totals and facets of a report-level query over every live report: a report counts for a
   * dimension when its unit under the section selection matches and it passes every other
   * selection; the section facet counts, per section number, the reports matching with that section
   * alone as the unit (and passing the other selections).
   */
  Counts counts(ReportLevel query, Selection s) {
    long total = 0;
    long sections = 0;
    Map<Integer, Long> hitsByYear = new HashMap<>();
    Map<String, Long> counties = new HashMap<>();
    Map<String, Long> agencies = new HashMap<>();
    Map<String, Long> provinces = new HashMap<>();
    Map<String, Long> cities = new HashMap<>();
    Map<Integer, Long> years = new HashMap<>();
    Map<Integer, Long> numbers = new HashMap<>();
    Map<String, Long> topics = new HashMap<>();
    List<Row> placed = new ArrayList<>();
    long unknownYears = 0;
    Map<String, Map<Integer, String>> topicsByReport = new HashMap<>();
    sectionReport.forEach(
        (doc, id) ->
            topicsByReport
                .computeIfAbsent(id, k -> new HashMap<>())
                .put(sectionNumber.get(doc), sectionTopic.get(doc)));
    boolean sectionLevel = !s.sections().isEmpty() || !s.topics().isEmpty();
    for (Row r : reports.values()) {
      Map<Integer, String> topicOf = topicsByReport.getOrDefault(r.id(), Map.of());
      Set<Integer> all = query.sections(r.id());
      boolean c = ok(s.counties(), r.county());
      boolean a = ok(s.agencies(), r.agency());
      boolean yr = yearOk(s.years(), r.year());
      boolean pv = ok(s.provinces(), r.province());
      boolean ct = ok(s.cities(), r.city());
      if (c && a && yr && pv && ct) { // each section dimension keeps the other's selection
        for (int n : all) {
          if (ok(s.topics(), known(topicOf.get(n))) && query.listed(r.id(), Set.of(n)) != null) {
            numbers.merge(n, 1L, Long::sum);
          }
        }
        for (String t : all.stream().map(n -> known(topicOf.get(n))).distinct().toList()) {
          Set<Integer> unit = new TreeSet<>();
          for (int n : all) {
            if (t.equals(known(topicOf.get(n))) && ok(s.sections(), n)) {
              unit.add(n);
            }
          }
          if (!unit.isEmpty() && query.listed(r.id(), unit) != null) {
            topics.merge(t, 1L, Long::sum);
          }
        }
      }
      Set<Integer> unit = new TreeSet<>();
      if (sectionLevel) {
        for (int n : all) {
          if (ok(s.sections(), n) && ok(s.topics(), known(topicOf.get(n)))) {
            unit.add(n);
          }
        }
        if (unit.isEmpty()) {
          continue; // no section of the report is in the unit
        }
      }
      List<Integer> listed = query.listed(r.id(), unit);
      if (listed == null) {
        continue;
      }
      if (a && yr) {
        placed.add(r); // the place tree ignores every place selection
      }
      if (a && yr && pv && ct) {
        counties.merge(known(r.county()), 1L, Long::sum);
      }
      if (c && yr && pv && ct) {
        agencies.merge(known(r.agency()), 1L, Long::sum);
      }
      if (c && a && pv && ct) {
        if (r.year() != null) {
          years.merge(r.year(), 1L, Long::sum);
        } else {
          unknownYears++;
        }
      }
      if (c && a && yr && ct) {
        provinces.merge(known(r.province()), 1L, Long::sum);
      }
      if (c && a && yr && pv) {
        cities.merge(known(r.city()), 1L, Long::sum);
      }
      if (c && a && yr && pv && ct) {
        total++;
        sections += listed.size();
        if (r.year() != null) {
          hitsByYear.merge(r.year(), 1L, Long::sum);
        }
      }
    }
    return new Counts(
        total,
        sections,
        hitsByYear,
        facets(
            s,
            counties,
            agencies,
            years,
            unknownYears,
            numbers,
            provinces,
            cities,
            topics,
            placed));
  }

  /** The facet lists of {@link #counts} from the per-dimension counts. */
  private static Map<Facet, List<FacetValue>> facets(
      Selection s,
      Map<String, Long> counties,
      Map<String, Long> agencies,
      Map<Integer, Long> years,
      long unknownYears,
      Map<Integer, Long> numbers,
      Map<String, Long> provinces,
      Map<String, Long> cities,
      Map<String, Long> topics,
      List<Row> placed) {
    Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
    facets.put(Facet.COUNTY, top(counties, s.counties()));
    facets.put(Facet.AGENCY, top(agencies, s.agencies()));
    Set<Integer> knownYears = new TreeSet<>(s.years());
    knownYears.remove(SearchRequest.UNKNOWN_YEAR);
    List<FacetValue> yearList =
        new ArrayList<>(byKey(years, knownYears, Comparator.reverseOrder()));
    if (unknownYears > 0 || s.years().contains(SearchRequest.UNKNOWN_YEAR)) {
      yearList.add(
          new FacetValue(
              FacetValue.UNKNOWN, unknownYears, s.years().contains(SearchRequest.UNKNOWN_YEAR)));
    }
    facets.put(Facet.YEAR, List.copyOf(yearList));
    facets.put(Facet.SECTION, byKey(numbers, s.sections(), Comparator.naturalOrder()));
    facets.put(Facet.PROVINCE, top(provinces, s.provinces()));
    facets.put(Facet.CITY, top(cities, s.cities()));
    facets.put(Facet.TOPIC, topics(topics, s.topics()));
    facets.put(Facet.PLACE, placeTree(placed, s.provinces(), s.cities(), s.counties()));
    return facets;
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
   * The place tree: a node per province, province›city, province›city›county and province››county
   * (no city) with its reports, 未识别 for reports without a province; largest first, then by path.
   */
  static List<FacetValue> placeTree(
      List<Row> rows, Set<String> provinces, Set<String> cities, Set<String> counties) {
    Map<String, Long> counts = new HashMap<>();
    Map<String, Boolean> selected = new HashMap<>();
    for (Row r : rows) {
      if (r.province() == null) {
        counts.merge(FacetValue.UNKNOWN, 1L, Long::sum);
        selected.put(FacetValue.UNKNOWN, provinces.contains(FacetValue.UNKNOWN));
        continue;
      }
      counts.merge(r.province(), 1L, Long::sum);
      selected.put(r.province(), provinces.contains(r.province()));
      if (r.city() != null) {
        String path = r.province() + "›" + r.city();
        counts.merge(path, 1L, Long::sum);
        selected.put(path, cities.contains(r.city()));
      }
      if (r.county() != null) {
        String path = r.province() + "›" + (r.city() == null ? "" : r.city()) + "›" + r.county();
        counts.merge(path, 1L, Long::sum);
        selected.put(path, counties.contains(r.county()));
      }
    }
    List<String> paths = new ArrayList<>(counts.keySet());
    paths.sort(
        Comparator.comparing((String v) -> counts.get(v))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return paths.stream().map(v -> new FacetValue(v, counts.get(v), selected.get(v))).toList();
  }

  /** The canonical topics in report order, then other names, then 未识别; selected ones always. */
  static List<FacetValue> topics(Map<String, Long> counts, Set<String> selected) {
    List<String> canonical = List.of("概述", "总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项", "收费减免");
    Set<String> names = new TreeSet<>(counts.keySet());
    names.addAll(selected);
    List<String> order = new ArrayList<>();
    canonical.stream().filter(names::contains).forEach(order::add);
    names.stream()
        .filter(n -> !canonical.contains(n) && !n.equals(FacetValue.UNKNOWN))
        .forEach(order::add);
    if (names.contains(FacetValue.UNKNOWN)) {
      order.add(FacetValue.UNKNOWN);
    }
    return order.stream()
        .map(n -> new FacetValue(n, counts.getOrDefault(n, 0L), selected.contains(n)))
        .toList();
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
      if (s.section(m)
          && ok(s.counties(), r.county())
          && ok(s.agencies(), r.agency())
          && yearOk(s.years(), r.year())
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
