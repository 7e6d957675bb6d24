package org.nianbao.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Turns raw facet counts into the sorted, limited value lists of {@link SearchResults}. */
final class FacetLists {
  /** Values listed per dimension (selected values are always listed in addition). */
  static final int LIMIT = 100;

  private FacetLists() {}

  static Map<String, List<FacetValue>> build(ReportCollector c, FacetFilter f) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put("county", byCount(c.countyCounts, f.counties(), Function.identity()));
    facets.put("agency", byCount(c.agencyCounts, f.agencies(), Function.identity()));
    facets.put("year", byKey(c.yearCounts(), f.years(), Comparator.reverseOrder()));
    facets.put("section", byKey(c.sectionCounts(), f.sections(), Comparator.naturalOrder()));
    return facets;
  }

  private static <K> List<FacetValue> byCount(Map<K, Long> counts, Set<K> selected, Function<K, String> name) {
    List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.entrySet());
    entries.sort(
        Map.Entry.<K, Long>comparingByValue().reversed()
            .thenComparing(e -> name.apply(e.getKey())));
    List<FacetValue> out = new ArrayList<>();
    for (Map.Entry<K, Long> e : entries) {
      if (out.size() < LIMIT || selected.contains(e.getKey())) {
        out.add(new FacetValue(name.apply(e.getKey()), e.getValue(), selected.contains(e.getKey())));
      }
    }
    addMissingSelected(out, selected, name);
    return out;
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

  private static <K> void addMissingSelected(List<FacetValue> out, Set<K> selected, Function<K, String> name) {
    for (K s : selected) {
      String v = name.apply(s);
      if (out.stream().noneMatch(fv -> fv.value().equals(v))) {
        out.add(new FacetValue(v, 0, true));
      }
    }
  }
}
