package org.nianbao.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;

/**
 * The 地区 group of the sidebar: provinces, under a selected or opened province its cities (and the
 * counties directly under it), under a selected or opened city its counties — each a checkbox with
 * its exact report count ({@link Facet#PLACE}: what selecting only that place returns). Opening is
 * a plain link ({@code open=江苏省}, {@code open=江苏省›南京市}), so it works without JavaScript and
 * thousands of counties are never listed at once.
 */
public final class PlaceTree {
  /** The parameter naming the opened province or city path. */
  static final String OPEN = "open";

  private PlaceTree() {}

  /** One checkbox of the tree and the nodes nested under it. */
  public record Node(
      String inputId,
      String name,
      String value,
      String label,
      long count,
      boolean selected,
      String toggleUrl,
      String toggleLabel,
      List<Node> children) {}

  /** The tree for the place facet values {@code place}, with {@code links} the current state. */
  static List<Node> build(Links links, List<FacetValue> place, boolean pinyin) {
    Map<String, FacetValue> provinces = new LinkedHashMap<>();
    Map<String, List<FacetValue>> below = new LinkedHashMap<>(); // parent path -> child nodes
    for (FacetValue v : place) {
      String[] parts = v.value().split(Facet.PATH, -1);
      if (parts.length == 1) {
        provinces.put(v.value(), v);
      } else {
        String parent =
            parts.length == 2 || parts[1].isEmpty() ? parts[0] : parts[0] + Facet.PATH + parts[1];
        below.computeIfAbsent(parent, k -> new ArrayList<>()).add(v);
      }
    }
    for (String p : links.values(SearchParams.PROVINCE)) { // selected, even when no report has it
      provinces.putIfAbsent(p, new FacetValue(p, 0, true));
    }
    List<FacetValue> top = new ArrayList<>(provinces.values());
    Comparator<FacetValue> order = order(pinyin);
    top.sort(order);
    String open = links.values(OPEN).stream().findFirst().orElse("");
    int[] id = {0};
    List<Node> out = new ArrayList<>();
    for (FacetValue p : top) {
      String path = p.value();
      boolean opened = open.equals(path) || open.startsWith(path + Facet.PATH);
      boolean byChoice = holdsSelection(links, path, below);
      List<FacetValue> kids = below.getOrDefault(path, List.of());
      List<Node> children = new ArrayList<>();
      if (opened || byChoice) {
        for (FacetValue c : sorted(kids, order)) {
          children.add(child(links, c, below, open, order, id));
        }
      }
      out.add(
          node(
              links,
              SearchParams.PROVINCE,
              path,
              path,
              p.count(),
              opened,
              byChoice,
              kids,
              id,
              children,
              null));
    }
    return out;
  }

  private static Node child(
      Links links,
      FacetValue c,
      Map<String, List<FacetValue>> below,
      String open,
      Comparator<FacetValue> order,
      int[] id) {
    String[] parts = c.value().split(Facet.PATH, -1);
    if (parts.length == 3) { // a county directly under its province
      return node(
          links,
          SearchParams.COUNTY,
          c.value(),
          parts[2],
          c.count(),
          false,
          true,
          List.of(),
          id,
          List.of(),
          parts[0]);
    }
    String path = c.value();
    boolean opened = open.equals(path);
    boolean byChoice = holdsSelection(links, path, below);
    List<FacetValue> kids = below.getOrDefault(path, List.of());
    List<Node> counties = new ArrayList<>();
    if (opened || byChoice) {
      for (FacetValue k : sorted(kids, order)) {
        String name = k.value().split(Facet.PATH, -1)[2];
        counties.add(
            node(
                links,
                SearchParams.COUNTY,
                k.value(),
                name,
                k.count(),
                false,
                true,
                List.of(),
                id,
                List.of(),
                path));
      }
    }
    return node(
        links,
        SearchParams.CITY,
        path,
        parts[1],
        c.count(),
        opened,
        byChoice,
        kids,
        id,
        counties,
        parts[0]);
  }

  /**
   * A checkbox node; {@code path} its tree path, {@code value} the filter value; a node with
   * children to show gets an open/close link unless a selection keeps it open.
   */
  private static Node node(
      Links links,
      String name,
      String path,
      String value,
      long count,
      boolean opened,
      boolean byChoice,
      List<FacetValue> kids,
      int[] id,
      List<Node> children,
      String parent) {
    String toggle = null;
    String label = null;
    Links base = links.without(SearchParams.PAGE);
    if (!kids.isEmpty() && !byChoice) {
      if (opened) {
        toggle = (parent == null ? base.without(OPEN) : base.with(OPEN, parent)).search();
        label = "收起";
      } else {
        toggle = base.with(OPEN, path).search();
        label = "展开";
      }
      toggle += "#facet-place";
    }
    boolean selected = links.values(name).contains(value);
    return new Node(
        "f-place-" + id[0]++, name, value, value, count, selected, toggle, label, children);
  }

  /** Whether a selected city or county lies below {@code path} (the node stays open). */
  private static boolean holdsSelection(
      Links links, String path, Map<String, List<FacetValue>> below) {
    boolean province = !path.contains(Facet.PATH);
    if (province && links.values(SearchParams.PROVINCE).contains(path)) {
      return true;
    }
    if (!province && links.values(SearchParams.CITY).contains(path.split(Facet.PATH, -1)[1])) {
      return true;
    }
    for (FacetValue v : below.getOrDefault(path, List.of())) {
      String[] parts = v.value().split(Facet.PATH, -1);
      String own = parts[parts.length - 1];
      String name = parts.length == 3 ? SearchParams.COUNTY : SearchParams.CITY;
      if (links.values(name).contains(own)
          || (province && parts.length == 2 && holdsSelection(links, v.value(), below))) {
        return true;
      }
    }
    return false;
  }

  private static List<FacetValue> sorted(List<FacetValue> values, Comparator<FacetValue> order) {
    List<FacetValue> out = new ArrayList<>(values);
    out.sort(order);
    return out;
  }

  /** Largest first (未识别 last), or by the pinyin of the name. */
  private static Comparator<FacetValue> order(boolean pinyin) {
    Comparator<FacetValue> unknownLast =
        Comparator.comparing((FacetValue v) -> v.value().equals(FacetValue.UNKNOWN));
    if (pinyin) {
      Collator chinese = Collator.getInstance(Locale.CHINA);
      return unknownLast.thenComparing((a, b) -> chinese.compare(a.value(), b.value()));
    }
    return unknownLast
        .thenComparing(Comparator.comparingLong(FacetValue::count).reversed())
        .thenComparing(FacetValue::value);
  }
}
