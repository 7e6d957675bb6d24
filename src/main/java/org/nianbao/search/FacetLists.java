package org.nianbao.search;

import org.nianbao.index.Fields;

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

  /** The list of dimension {@code dim} ({@code Fields.FACET_*}) counted by {@code c}, marking {@code selected}. */
  @SuppressWarnings("unchecked")
  static List<FacetValue> list(CountingCollector c, String dim, Set<?> selected) throws java.io.IOException {
    List<FacetValue> out = switch (dim) {
      case Fields.FACET_COUNTY -> c.counties.top(LIMIT, (Set<String>) selected);
      case Fields.FACET_AGENCY -> c.agencies.top(LIMIT, (Set<String>) selected);
      case Fields.FACET_YEAR -> byKey(c.yearCounts(), (Set<Integer>) selected, Comparator.reverseOrder());
      case Fields.FACET_SECTION -> byKey(c.sectionCounts(), (Set<Integer>) selected, Comparator.naturalOrder());
      default -> throw new IllegalArgumentException(dim);
    };
    return List.copyOf(out);
  }

  static <K extends Comparable<K>> List<FacetValue> byKey(Map<K, Long> counts, Set<K> selected, Comparator<K> order) {
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
