package org.nianbao.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * How facet value lists are cut for display: the search core returns every value of every facet (by
 * count, or by key for years and sections); these options pick the part a client shows.
 *
 * @param limit values listed per facet ({@code 0} = every value); selected values are always listed
 * @param pinyin whether names are ordered alphabetically by pinyin instead of by count
 * @param contains per facet, only values containing this text (the facet's own search box)
 * @param all facets listed without a limit (the site's "show all" link)
 */
public record FacetOptions(
    int limit, boolean pinyin, Map<Facet, String> contains, List<Facet> all) {
  /** Values listed per facet unless asked otherwise (what the lists were always cut to). */
  public static final int DEFAULT_LIMIT = 100;

  public FacetOptions {
    if (limit < 0) {
      throw new IllegalArgumentException("limit < 0");
    }
    contains = Map.copyOf(contains);
    all = List.copyOf(all);
  }

  public static FacetOptions defaults() {
    return new FacetOptions(DEFAULT_LIMIT, false, Map.of(), List.of());
  }

  /** One facet's list as shown: the listed values and the true number of values. */
  public record Slice(List<FacetValue> values, int size, int matching) {
    public boolean cut() {
      return values.stream().filter(v -> !v.selected()).count() < matching;
    }
  }

  /** The true number of values of each facet, keyed like the JSON ({@code county}, …). */
  public static Map<String, Integer> sizes(Map<Facet, List<FacetValue>> facets) {
    Map<String, Integer> out = new LinkedHashMap<>();
    facets.forEach((f, values) -> out.put(f.key(), positive(values)));
    return out;
  }

  private static int positive(List<FacetValue> values) {
    return values instanceof LazyFacetList lazy
        ? lazy.positive()
        : (int) values.stream().filter(v -> v.count() > 0).count();
  }

  /** Every facet of {@code facets} cut by these options. */
  public Map<Facet, Slice> apply(Map<Facet, List<FacetValue>> facets) {
    Map<Facet, Slice> out = new EnumMap<>(Facet.class);
    facets.forEach((f, values) -> out.put(f, slice(f, values)));
    return out;
  }

  /**
   * One facet cut by these options: the values that contain the facet's search text, in the core's
   * order (or pinyin order), at most {@link #limit} of them besides the selected values, which are
   * always kept.
   */
  public Slice slice(Facet facet, List<FacetValue> values) {
    String needle = contains.getOrDefault(facet, "").strip();
    int max = limit == 0 || all.contains(facet) ? Integer.MAX_VALUE : limit;
    if (values instanceof LazyFacetList lazy
        && needle.isEmpty()
        && max < Integer.MAX_VALUE
        && (!pinyin || facet == Facet.YEAR || facet == Facet.SECTION || facet == Facet.TOPIC)) {
      return head(lazy, max);
    }
    List<FacetValue> kept = new ArrayList<>();
    int size = 0;
    for (FacetValue v : values) {
      size += v.count() > 0 ? 1 : 0;
      if (v.selected() || (v.count() > 0 && (needle.isEmpty() || v.value().contains(needle)))) {
        kept.add(v);
      }
    }
    int matching = (int) kept.stream().filter(v -> !v.selected()).count();
    if (pinyin && facet != Facet.YEAR && facet != Facet.SECTION && facet != Facet.TOPIC) {
      kept = byPinyin(kept, max);
    }
    List<FacetValue> out = new ArrayList<>();
    int listed = 0;
    for (FacetValue v : kept) {
      if (v.selected() || listed++ < max) {
        out.add(v);
      }
    }
    return new Slice(List.copyOf(out), size, matching);
  }

  /**
   * The selected values and the first {@code max} others of {@code values} in pinyin order (ties in
   * list order, as a stable sort): the others chosen with a heap of {@code max}, so a facet of
   * 70,000 agencies is not sorted whole for a page of 100.
   */
  private static List<FacetValue> byPinyin(List<FacetValue> values, int max) {
    Collator chinese = Collator.getInstance(Locale.CHINA);
    Comparator<Integer> order =
        (a, b) -> {
          int c = chinese.compare(values.get(a).value(), values.get(b).value());
          return c != 0 ? c : Integer.compare(a, b);
        };
    PriorityQueue<Integer> firstOthers = new PriorityQueue<>(order.reversed()); // head: the last
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i).selected()) {
        chosen.add(i);
      } else if (firstOthers.size() < max) {
        firstOthers.add(i);
      } else if (max > 0 && order.compare(i, firstOthers.peek()) < 0) {
        firstOthers.poll();
        firstOthers.add(i);
      }
    }
    chosen.addAll(firstOthers);
    chosen.sort(order);
    return chosen.stream().map(values::get).toList();
  }

  /**
   * {@link #slice} of a lazy list without a search text, in the core's order: its first {@code max}
   * values that are not selected, and every selected value, reading only those. A lazy list lists
   * only values with a count besides selected ones.
   */
  private static Slice head(LazyFacetList values, int max) {
    int[] selected = values.selectedPositions();
    List<FacetValue> out = new ArrayList<>();
    int listed = 0;
    int i = 0;
    for (; i < values.size() && listed < max; i++) {
      FacetValue v = values.get(i);
      out.add(v);
      listed += v.selected() ? 0 : 1;
    }
    for (int p : selected) {
      if (p >= i) {
        out.add(values.get(p));
      }
    }
    return new Slice(List.copyOf(out), values.positive(), values.size() - selected.length);
  }

  /** Every facet's listed values (for JSON), in facet order. */
  public Map<Facet, List<FacetValue>> listed(Map<Facet, List<FacetValue>> facets) {
    Map<Facet, List<FacetValue>> out = new EnumMap<>(Facet.class);
    apply(facets).forEach((f, s) -> out.put(f, s.values()));
    return out;
  }
}
