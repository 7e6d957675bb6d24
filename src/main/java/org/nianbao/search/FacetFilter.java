package org.nianbao.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

  static <T> List<T> list(Set<T> s) {
    return List.copyOf(s);
  }
}
