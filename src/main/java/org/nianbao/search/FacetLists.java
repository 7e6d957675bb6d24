package org.nianbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns raw facet counts into the sorted, limited value lists of {@link SearchResults}. */
final class FacetLists {
  /** Values listed per dimension (selected values are always listed in addition). */
  static final int LIMIT = 100;

  private FacetLists() {}

  static Map<String, List<FacetValue>> build(ReportCollector c, FacetFilter f) throws java.io.IOException {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("county", c.countyCounts.top(LIMIT, f.counties()));
    facets.put("agency", c.agencyCounts.top(LIMIT, f.agencies()));
    facets.put("year", byKey(c.yearCounts(), f.years(), Comparator.reverseOrder()));
    facets.put("section", byKey(c.sectionCounts(), f.sections(), Comparator.naturalOrder()));
    facets.replaceAll((k, v) -> List.copyOf(v));
    return java.util.Collections.unmodifiableMap(facets);
  }

  private static <K extends Comparable<K>> List<FacetValue> byKey(Map<K, Long> counts, Set<K> selected, Comparator<K> order) {
    List<K> keys = new ArrayList<>(counts.keySet());
    for (K s : selected) {
      if (!counts.containsKey(s)) {
        keys.add(s);
      }
    }
    keys.sort(order);
    List<FacetValue> out = new ArrayList<>();
    for (K k : keys) {
      if (out.size() < LIMIT || selected.contains(k)) {
        out.add(new FacetValue(String.valueOf(k), counts.getOrDefault(k, 0L), selected.contains(k)));
      }
    }
    return out;
  }
}
