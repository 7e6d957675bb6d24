package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.SearchResults;

/** Turns raw facet counts into the sorted, limited value lists of {@link SearchResults}. */
final class FacetLists {
  /**
   * Values listed per dimension: every value with a count (selected values too, even at 0); clients
   * cut the lists with {@link org.nianbao.search.FacetOptions}.
   */
  static final int LIMIT = Integer.MAX_VALUE;

  private FacetLists() {}

  /** The list of dimension {@code dim} counted by {@code c}, marking {@code selected}. */
  @SuppressWarnings("unchecked")
  static List<FacetValue> list(CountingCollector c, Facet dim, Set<?> selected)
      throws java.io.IOException {
    List<FacetValue> out =
        switch (dim) {
          case COUNTY -> c.counties.top(LIMIT, (Set<String>) selected);
          case AGENCY -> c.agencies.top(LIMIT, (Set<String>) selected);
          case YEAR -> byKey(c.yearCounts(), (Set<Integer>) selected, Comparator.reverseOrder());
          case SECTION ->
              byKey(c.sectionCounts(), (Set<Integer>) selected, Comparator.naturalOrder());
          case PROVINCE -> c.provinces.top(LIMIT, (Set<String>) selected);
          case CITY -> c.cities.top(LIMIT, (Set<String>) selected);
        };
    return List.copyOf(out);
  }

  static <K extends Comparable<K>> List<FacetValue> byKey(
      Map<K, Long> counts, Set<K> selected, Comparator<K> order) {
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
        out.add(
            new FacetValue(String.valueOf(k), counts.getOrDefault(k, 0L), selected.contains(k)));
      }
    }
    return out;
  }
}
