package org.nianbao.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.index.Fields;

/**
 * The facet selections of a request: values within one dimension are OR'ed, dimensions are
 * AND'ed. County, agency and year are properties of a report; section is a property of a
 * matching section.
 */
record FacetFilter(Set<String> counties, Set<String> agencies, Set<Integer> years, Set<Integer> sections) {

  static FacetFilter of(SearchRequest r) {
    return new FacetFilter(
        new LinkedHashSet<>(r.counties()),
        new LinkedHashSet<>(r.agencies()),
        new LinkedHashSet<>(r.years()),
        new LinkedHashSet<>(r.sections()));
  }

  static FacetFilter none() {
    return of(SearchRequest.of(""));
  }

  boolean yearOk(Integer year) {
    return years.isEmpty() || (year != null && years.contains(year));
  }

  boolean sectionOk(int number) {
    return sections.isEmpty() || sections.contains(number);
  }

  /** The same selections without {@code dim}'s ({@code Fields.FACET_*}). */
  FacetFilter without(String dim) {
    return switch (dim) {
      case Fields.FACET_COUNTY -> new FacetFilter(Set.of(), agencies, years, sections);
      case Fields.FACET_AGENCY -> new FacetFilter(counties, Set.of(), years, sections);
      case Fields.FACET_YEAR -> new FacetFilter(counties, agencies, Set.of(), sections);
      case Fields.FACET_SECTION -> new FacetFilter(counties, agencies, years, Set.of());
      default -> throw new IllegalArgumentException(dim);
    };
  }

  /** The selected values of {@code dim} ({@code Fields.FACET_*}). */
  Set<?> selected(String dim) {
    return switch (dim) {
      case Fields.FACET_COUNTY -> counties;
      case Fields.FACET_AGENCY -> agencies;
      case Fields.FACET_YEAR -> years;
      case Fields.FACET_SECTION -> sections;
      default -> throw new IllegalArgumentException(dim);
    };
  }

  boolean isEmpty() {
    return counties.isEmpty() && agencies.isEmpty() && years.isEmpty() && sections.isEmpty();
  }

  static <T> List<T> list(Set<T> s) {
    return List.copyOf(s);
  }
}
