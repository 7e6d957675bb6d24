package org.nianbao.search.lucene;

import java.util.LinkedHashSet;
import java.util.Set;
import org.nianbao.search.Facet;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.SearchRequest;

/**
 * The facet selections of a request: values within one dimension are OR'ed, dimensions are AND'ed.
 * County, agency, year, province and city are properties of a report; section number and topic are
 * properties of a matching section (a section passes when it passes both). {@code range} is a
 * statistics measure's range ({@code null}: none), a property of a report too.
 */
record FacetFilter(
    Set<String> counties,
    Set<String> agencies,
    Set<Integer> years,
    Set<Integer> sections,
    Set<String> provinces,
    Set<String> cities,
    Set<String> topics,
    MeasureFilter range) {

  /** Selections without a measure range. */
  FacetFilter(
      Set<String> counties,
      Set<String> agencies,
      Set<Integer> years,
      Set<Integer> sections,
      Set<String> provinces,
      Set<String> cities,
      Set<String> topics) {
    this(counties, agencies, years, sections, provinces, cities, topics, null);
  }

  /** Selections without topic. */
  FacetFilter(
      Set<String> counties,
      Set<String> agencies,
      Set<Integer> years,
      Set<Integer> sections,
      Set<String> provinces,
      Set<String> cities) {
    this(counties, agencies, years, sections, provinces, cities, Set.of());
  }

  /** Selections without province, city or topic. */
  FacetFilter(
      Set<String> counties, Set<String> agencies, Set<Integer> years, Set<Integer> sections) {
    this(counties, agencies, years, sections, Set.of(), Set.of(), Set.of());
  }

  static FacetFilter of(SearchRequest r) {
    return new FacetFilter(
        new LinkedHashSet<>(r.counties()),
        new LinkedHashSet<>(r.agencies()),
        new LinkedHashSet<>(r.years()),
        new LinkedHashSet<>(r.sections()),
        new LinkedHashSet<>(r.provinces()),
        new LinkedHashSet<>(r.cities()),
        new LinkedHashSet<>(r.topics()),
        range(r.measure()));
  }

  /** The range part of {@code m} (as a cache key: without the sort direction), or null. */
  private static MeasureFilter range(MeasureFilter m) {
    return m == null || !m.restricts() ? null : new MeasureFilter(m.key(), m.min(), m.max(), false);
  }

  static FacetFilter none() {
    return of(SearchRequest.of(""));
  }

  /** The same selections with the years {@code years} instead. */
  FacetFilter withYears(Set<Integer> years) {
    return new FacetFilter(counties, agencies, years, sections, provinces, cities, topics, range);
  }

  /** The same selections without {@code dim}'s (the measure range stays). */
  FacetFilter without(Facet dim) {
    Set<String> none = Set.of();
    return switch (dim) {
      case COUNTY ->
          new FacetFilter(none, agencies, years, sections, provinces, cities, topics, range);
      case AGENCY ->
          new FacetFilter(counties, none, years, sections, provinces, cities, topics, range);
      case YEAR ->
          new FacetFilter(counties, agencies, Set.of(), sections, provinces, cities, topics, range);
      case SECTION ->
          new FacetFilter(counties, agencies, years, Set.of(), provinces, cities, topics, range);
      case PROVINCE ->
          new FacetFilter(counties, agencies, years, sections, none, cities, topics, range);
      case CITY ->
          new FacetFilter(counties, agencies, years, sections, provinces, none, topics, range);
      case TOPIC ->
          new FacetFilter(counties, agencies, years, sections, provinces, cities, none, range);
      case PLACE -> new FacetFilter(none, agencies, years, sections, none, none, topics, range);
    };
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
      case TOPIC -> topics;
      case PLACE -> placeSelection();
    };
  }

  /** The place selections as one set ({@code province:…}, {@code city:…}, {@code county:…}). */
  private Set<String> placeSelection() {
    Set<String> out = new LinkedHashSet<>();
    provinces.forEach(v -> out.add("province:" + v));
    cities.forEach(v -> out.add("city:" + v));
    counties.forEach(v -> out.add("county:" + v));
    return out;
  }

  boolean isEmpty() {
    return counties.isEmpty()
        && agencies.isEmpty()
        && years.isEmpty()
        && sections.isEmpty()
        && provinces.isEmpty()
        && cities.isEmpty()
        && topics.isEmpty()
        && range == null;
  }
}
