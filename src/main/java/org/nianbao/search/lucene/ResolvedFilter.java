package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Set;
import org.nianbao.search.FacetValue;

/**
 * A {@link FacetFilter} resolved against one reader: county and agency values as global ordinals,
 * the measure range over the reader's {@link MeasureColumns}. Each dimension is {@code null} when
 * not restricted; an empty array matches nothing (a selected value that no report has).
 */
record ResolvedFilter(
    int[] counties,
    int[] agencies,
    int[] years,
    int[] sections,
    int[] provinces,
    int[] cities,
    MeasureColumns.Range range) {

  static ResolvedFilter of(FacetFilter f, FacetOrdinals ordinals, MeasureColumns measures)
      throws IOException {
    var m = f.range();
    return new ResolvedFilter(
        ords(f.counties(), ordinals.counties()),
        ords(f.agencies(), ordinals.agencies()),
        ints(f.years()),
        ints(f.sections()),
        ords(f.provinces(), ordinals.provinces()),
        ords(f.cities(), ordinals.cities()),
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

  private static int[] ints(Set<Integer> values) {
    return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).toArray();
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

  boolean restrictsSections() {
    return sections != null;
  }

  boolean reportOk(ReportColumns.Leaf l, int r) {
    return in(counties, l.county[r])
        && in(agencies, l.agency[r])
        && in(years, l.year[r])
        && in(provinces, l.province[r])
        && in(cities, l.city[r])
        && (range == null || range.ok(l, r));
  }

  boolean sectionOk(int number) {
    return in(sections, number);
  }

  /** Whether {@code value} is in {@code allowed} ({@code null}: no restriction). */
  static boolean in(int[] allowed, int value) {
    if (allowed == null) {
      return true;
    }
    for (int a : allowed) {
      if (a == value) {
        return true;
      }
    }
    return false;
  }
}
