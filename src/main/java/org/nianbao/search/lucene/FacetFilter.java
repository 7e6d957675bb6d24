package org.nianbao.search.lucene;

import java.util.LinkedHashSet;
import java.util.Set;
import org.nianbao.search.Facet;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.SearchRequest;

/**
 * The facet selections of a request: values within one dimension are OR'ed, dimensions are AND'ed.
 * County, agency and year are properties of a report; section is a property of a matching section.
 * {@code range} is a statistics measure's range ({@code null}: none), a property of a report too.
 */
record FacetFilter(
    Set<String> counties,
    Set<String> agencies,
    Set<Integer> years,
    Set<Integer> sections,
    Set<String> provinces,
    Set<String> cities,
    MeasureFilter range) {

  /** Selections without a measure range. */
  FacetFilter(
      Set<String> counties,
      Set<String> agencies,
      Set<Integer> years,
      Set<Integer> sections,
      Set<String> provinces,
      Set<String> cities) {
    this(counties, agencies, years, sections, provinces, cities, null);
  }

  /** Selections without province or city. */
  FacetFilter(
      Set<String> counties, Set<String> agencies, Set<Integer> years, Set<Integer> sections) {
    this(counties, agencies, years, sections, Set.of(), Set.of());
  }

  static FacetFilter of(SearchRequest r) {
    return new FacetFilter(
        new LinkedHashSet<>(r.counties()),
        new LinkedHashSet<>(r.agencies()),
        new LinkedHashSet<>(r.years()),
        new LinkedHashSet<>(r.sections()),
        new LinkedHashSet<>(r.provinces()),
        new LinkedHashSet<>(r.cities()),
        range(r.measure()));
  }

  /** The range part of {@code m} (as a cache key: without the sort direction), or null. */
  private static MeasureFilter range(MeasureFilter m) {
    return m == null || !m.restricts() ? null : new MeasureFilter(m.key(), m.min(), m.max(), false);
  }

  static FacetFilter none() {
    return of(SearchRequest.of(""));
  }

  /** The same selections without {@code dim}'s (the measure range stays). */
  FacetFilter without(Facet dim) {
    return switch (dim) {
      case COUNTY -> new FacetFilter(Set.of(), agencies, years, sections, provinces, cities, range);
      case AGENCY -> new FacetFilter(counties, Set.of(), years, sections, provinces, cities, range);
      case YEAR ->
          new FacetFilter(counties, agencies, Set.of(), sections, provinces, cities, range);
      case SECTION ->
          new FacetFilter(counties, agencies, years, Set.of(), provinces, cities, range);
      case PROVINCE ->
          new FacetFilter(counties, agencies, years, sections, Set.of(), cities, range);
      case CITY -> new FacetFilter(counties, agencies, years, sections, provinces, Set.of(), range);
    };
  }

  /** The same selections with only {@code years} (the others stay). */
  FacetFilter withYears(Set<Integer> years) {
    return new FacetFilter(counties, agencies, years, sections, provinces, cities, range);
  }

  /** The selected values of {@code dim} . */
  Set<?> selected(Facet dim) {
    return switch (dim) {
      case COUNTY -> counties;
      case AGENCY -> agencies;
      case YEAR -> years;
      case SECTION -> sections;
      case PROVINCE -> provinces;
      case CITY -> cities;
    };
  }

  boolean isEmpty() {
    return counties.isEmpty()
        && agencies.isEmpty()
        && years.isEmpty()
        && sections.isEmpty()
        && provinces.isEmpty()
        && cities.isEmpty()
        && range == null;
  }
}
