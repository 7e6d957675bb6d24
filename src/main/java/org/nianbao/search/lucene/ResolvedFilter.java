package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Set;
import org.nianbao.search.FacetValue;
import org.nianbao.search.SearchRequest;

/**
 * A {@link FacetFilter} resolved against one reader: string values as global ordinals (-1: no
 * value), the measure range over the reader's {@link MeasureColumns}. Each dimension is {@code
 * null} when not restricted; an empty array matches nothing (a selected value that no report has).
 */
record ResolvedFilter(
    int[] counties,
    int[] agencies,
    int[] years,
    int[] sections,
    int[] provinces,
    int[] cities,
    int[] topics,
    MeasureColumns.Range range) {

  static ResolvedFilter of(FacetFilter f, FacetOrdinals ordinals, MeasureColumns measures)
      throws IOException {
    var m = f.range();
    return new ResolvedFilter(
        ords(f.counties(), ordinals.counties()),
        ords(f.agencies(), ordinals.agencies()),
        years(f.years()),
        f.sections().isEmpty() ? null : f.sections().stream().mapToInt(Integer::intValue).toArray(),
        ords(f.provinces(), ordinals.provinces()),
        ords(f.cities(), ordinals.cities()),
        ords(f.topics(), ordinals.topics()),
        m == null
            ? null
            : new MeasureColumns.Range(
                measures.values(m.key()),
                m.min() == null ? Integer.MIN_VALUE + 1 : m.min(),
                m.max() == null ? Integer.MAX_VALUE : m.max()));
  }

  private static int[] ords(Set<String> values, GlobalOrdinals ordinals) throws IOException {
    if (values.isEmpty()) {
      return null;
    }
    return values.stream()
        .mapToInt(
            v -> {
              try {
                if (FacetValue.UNKNOWN.equals(v)) {
                  return -1; // reports without a value: -1 in ReportColumns
                }
                int ord = ordinals.globalOrd(v);
                return ord < 0 ? -2 : ord; // -2: a value no report has (dropped)
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            })
        .filter(o -> o >= -1)
        .distinct()
        .toArray();
  }

  /** Years; {@link SearchRequest#UNKNOWN_YEAR} stands for the reports without a year. */
  private static int[] years(Set<Integer> values) {
    return values.isEmpty()
        ? null
        : values.stream()
            .mapToInt(y -> y == SearchRequest.UNKNOWN_YEAR ? ReportColumns.NO_YEAR : y)
            .toArray();
  }

  /** Whether county, agency or year is restricted. */
  boolean restrictsReports() {
    return counties != null
        || agencies != null
        || years != null
        || provinces != null
        || cities != null
        || range != null;
  }

  /** Whether county, city or province is restricted. */
  boolean restrictsPlaces() {
    return counties != null || provinces != null || cities != null;
  }

  /** Whether a place packed by {@link Packed#place} passes the county, city and province. */
  boolean placeOk(long place) {
    return in(counties, Packed.county(place))
        && in(provinces, Packed.province(place))
        && in(cities, Packed.city(place));
  }

  /** Whether section number or topic is restricted. */
  boolean restrictsSections() {
    return sections != null || topics != null;
  }

  /** The sections a report-level query is evaluated on. */
  SectionUnit unit() {
    return new SectionUnit(sections, topics);
  }

  boolean reportOk(ReportColumns.Leaf l, int r) {
    return in(counties, l.county(r))
        && in(agencies, l.agency[r])
        && in(years, l.year[r])
        && in(provinces, l.province(r))
        && in(cities, l.city(r))
        && (range == null || range.ok(l, r));
  }

  boolean sectionOk(ReportColumns.Leaf l, int doc) {
    return in(sections, l.section(doc)) && in(topics, l.topic(doc));
  }

  private static boolean in(int[] allowed, int value) {
    return SectionUnit.in(allowed, value);
  }
}
