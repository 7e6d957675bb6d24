package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.ingest.SectionTopics;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.LazyFacetList;
import org.nianbao.search.SearchRequest;
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
          case COUNTY -> c.places.counties().top(LIMIT, (Set<String>) selected);
          case AGENCY -> c.agencies.top(LIMIT, (Set<String>) selected);
          case YEAR -> years(c, (Set<Integer>) selected);
          case SECTION ->
              byKey(c.sectionCounts(), (Set<Integer>) selected, Comparator.naturalOrder());
          case PROVINCE -> c.places.provinces().top(LIMIT, (Set<String>) selected);
          case CITY -> c.places.cities().top(LIMIT, (Set<String>) selected);
          case TOPIC -> topics(c, (Set<String>) selected);
          case PLACE -> c.places.list(c.placeNodes(), selected);
        };
    return out instanceof LazyFacetList ? out : List.copyOf(out);
  }

  /** Newest year first, then {@link FacetValue#UNKNOWN} for the reports without a year. */
  private static List<FacetValue> years(CountingCollector c, Set<Integer> selected) {
    Set<Integer> known = new HashSet<>(selected);
    boolean unknownSelected = known.remove(SearchRequest.UNKNOWN_YEAR);
    List<FacetValue> out = byKey(c.yearCounts(), known, Comparator.reverseOrder());
    if (c.unknownYears() > 0 || unknownSelected) {
      out.add(new FacetValue(FacetValue.UNKNOWN, c.unknownYears(), unknownSelected));
    }
    return out;
  }

  /**
   * The topics in report order ({@link SectionTopics#ALL}; other values after them by name), then
   * {@link FacetValue#UNKNOWN} for sections without a topic; selected values always, at 0 too.
   */
  private static List<FacetValue> topics(CountingCollector c, Set<String> selected)
      throws java.io.IOException {
    Map<String, Long> counts = new HashMap<>();
    for (Map.Entry<Integer, Long> e : c.topicCounts().entrySet()) {
      int ord = e.getKey();
      counts.put(ord < 0 ? FacetValue.UNKNOWN : c.topics.lookup(ord), e.getValue());
    }
    Set<String> names = new HashSet<>(counts.keySet());
    names.addAll(selected);
    List<String> order = new ArrayList<>(names);
    order.sort(
        Comparator.comparingInt(FacetLists::topicRank).thenComparing(Comparator.naturalOrder()));
    List<FacetValue> out = new ArrayList<>();
    for (String n : order) {
      out.add(new FacetValue(n, counts.getOrDefault(n, 0L), selected.contains(n)));
    }
    return out;
  }

  private static int topicRank(String topic) {
    int i = SectionTopics.ALL.indexOf(topic);
    return i >= 0
        ? i
        : FacetValue.UNKNOWN.equals(topic) ? Integer.MAX_VALUE : SectionTopics.ALL.size();
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
