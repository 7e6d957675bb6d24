package org.nianbao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.FacetValue;
import org.nianbao.web.SearchPage.FacetGroup;
import org.nianbao.web.SearchPage.FacetOption;

/**
 * The facet sidebar, generic over {@link Facet}: each facet's true number of values, its selected
 * values pinned first, its own search box ({@code fq_county=金}), count or pinyin order and a "show
 * all" link, so every value is reachable without JavaScript.
 */
final class FacetGroups {
  static final int VISIBLE = 8;

  /** The sidebar's groups, in order. */
  static final List<Facet> SITE_ORDER =
      List.of(Facet.PLACE, Facet.COUNTY, Facet.AGENCY, Facet.YEAR, Facet.TOPIC, Facet.SECTION);

  private FacetGroups() {}

  /**
   * {@code links} with the facet list options of the site ({@code facetSort}, {@code facetAll},
   * {@code fq_…}).
   */
  static Links withOptions(Links links, FacetOptions options) {
    Links l = links;
    if (options.pinyin()) {
      l = l.with(SearchParams.FACET_SORT, "pinyin");
    }
    for (Facet f : options.all()) {
      l = l.plus(SearchParams.FACET_ALL, f.key());
    }
    for (Map.Entry<Facet, String> e : options.contains().entrySet()) {
      l = l.with(SearchParams.FACET_QUERY + e.getKey().key(), e.getValue());
    }
    return l;
  }

  /** The names of the facets' search boxes, which a form sends itself (not as hidden fields). */
  static List<String> queryNames() {
    List<String> names = new ArrayList<>();
    for (Facet f : Facet.values()) {
      names.add(SearchParams.FACET_QUERY + f.key());
    }
    return names;
  }

  static List<FacetGroup> groups(
      Links links, Map<Facet, List<FacetValue>> facets, FacetOptions options) {
    List<FacetGroup> groups = new ArrayList<>();
    for (Facet facet : SITE_ORDER) {
      String name = facet.key();
      List<String> selected = links.values(name);
      if (facet == Facet.SECTION && selected.isEmpty()) {
        continue; // the site shows topics; section numbers only while one is selected
      }
      if (facet == Facet.PLACE) {
        FacetGroup tree = placeGroup(links, facets, options);
        if (tree != null) {
          groups.add(tree);
        }
        continue;
      }
      List<FacetValue> values =
          new ArrayList<>(facets == null ? List.of() : facets.getOrDefault(facet, List.of()));
      // A selected value the index does not know still shows, ticked, so it can be unticked.
      for (String s : selected) {
        if (values.stream().noneMatch(v -> v.value().equals(s))) {
          values.add(new FacetValue(s, 0, true));
        }
      }
      if (facet == Facet.YEAR) {
        values.sort(Comparator.comparing((FacetValue v) -> asInt(v.value())).reversed());
      } else if (facet == Facet.SECTION) {
        values.sort(Comparator.comparing((FacetValue v) -> asInt(v.value())));
      }
      FacetOptions.Slice slice = options.slice(facet, values);
      boolean names = facet != Facet.YEAR && facet != Facet.SECTION && facet != Facet.TOPIC;
      List<FacetValue> shown = new ArrayList<>(slice.values());
      if (names) { // selected names pinned first; years and sections keep their natural order
        shown.sort(
            Comparator.comparing(
                (FacetValue v) -> !(v.selected() || selected.contains(v.value()))));
      }
      List<FacetOption> opts = new ArrayList<>();
      for (FacetValue v : shown) {
        String label = facet == Facet.SECTION ? SectionNames.facetLabel(v.value()) : v.value();
        boolean ticked = v.selected() || selected.contains(v.value());
        opts.add(
            new FacetOption("f-" + name + "-" + opts.size(), v.value(), label, v.count(), ticked));
      }
      String query = options.contains().getOrDefault(facet, "");
      if (opts.isEmpty() && query.isEmpty()) {
        continue;
      }
      Links base = links.without(SearchParams.PAGE);
      String showAll =
          slice.cut() ? base.plus(SearchParams.FACET_ALL, name).search() + "#facet-" + name : null;
      String sortUrl =
          !names || slice.size() < 2
              ? null
              : (options.pinyin()
                          ? base.without(SearchParams.FACET_SORT)
                          : base.with(SearchParams.FACET_SORT, "pinyin"))
                      .search()
                  + "#facet-"
                  + name;
      String sortLabel = options.pinyin() ? "按数量排序" : "按拼音排序";
      boolean searchable = slice.size() > VISIBLE || !query.isEmpty();
      boolean years = facet == Facet.YEAR;
      groups.add(
          new FacetGroup(
              name,
              label(facet),
              opts,
              years ? opts.size() : VISIBLE,
              slice.size(),
              slice.matching(),
              searchable ? SearchParams.FACET_QUERY + name : null,
              query,
              showAll,
              sortUrl,
              sortLabel,
              years ? chart(base, opts) : List.of()));
    }
    return groups;
  }

  /**
   * 地区: the province › city › county tree ({@link PlaceTree}) in place of flat province and city
   * lists; the flat 区县 group keeps its search box for finding one county among thousands.
   */
  private static FacetGroup placeGroup(
      Links links, Map<Facet, List<FacetValue>> facets, FacetOptions options) {
    List<FacetValue> place =
        facets == null ? List.of() : facets.getOrDefault(Facet.PLACE, List.of());
    List<PlaceTree.Node> tree = PlaceTree.build(links, place, options.pinyin());
    if (tree.isEmpty()) {
      return null;
    }
    int provinces = (int) tree.stream().filter(n -> n.count() > 0).count();
    return new FacetGroup(
        "place", "地区", List.of(), 0, provinces, provinces, null, "", null, null, "", List.of(),
        tree);
  }

  /** Chart width and bar area height, in viewBox units. */
  static final int CHART_WIDTH = 240;

  static final int CHART_HEIGHT = 60;

  /**
   * The year chart: one bar per year, oldest on the left, each a link that toggles the year filter.
   */
  static List<SearchPage.Bar> chart(Links links, List<FacetOption> years) {
    List<FacetOption> sorted = new ArrayList<>(years);
    sorted.removeIf(o -> FacetValue.UNKNOWN.equals(o.value())); // no bar for 未识别
    sorted.sort(Comparator.comparing((FacetOption o) -> asInt(o.value())));
    long max = sorted.stream().mapToLong(FacetOption::count).max().orElse(0);
    List<SearchPage.Bar> bars = new ArrayList<>();
    if (sorted.isEmpty() || max == 0) {
      return bars;
    }
    int width = Math.max(2, CHART_WIDTH / sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      FacetOption o = sorted.get(i);
      int h =
          o.count() == 0
              ? 1
              : (int) Math.max(2, Math.round((double) CHART_HEIGHT * o.count() / max));
      Links target =
          o.selected()
              ? links.without(SearchParams.YEAR, o.value())
              : links.plus(SearchParams.YEAR, o.value());
      bars.add(
          new SearchPage.Bar(
              o.value(),
              o.count(),
              target.search(),
              o.selected(),
              i * width,
              CHART_HEIGHT - h,
              Math.max(1, width - 2),
              h));
    }
    return bars;
  }

  /** The Chinese name of a facet. */
  static String label(Facet facet) {
    return switch (facet.key()) {
      case "county" -> "区县";
      case "agency" -> "发布机关";
      case "year" -> "年度";
      case "section" -> "章节编号";
      case "topic" -> "章节";
      case "province" -> "省份";
      case "city" -> "地市";
      case "place" -> "地区";
      default -> facet.key();
    };
  }

  private static int asInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }
}
