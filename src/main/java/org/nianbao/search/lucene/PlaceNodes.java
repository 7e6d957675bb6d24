package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;

/**
 * Every node of the {@link Facet#PLACE} tree that the reports of one reader reach (province,
 * province›city, province›city›county, province››county, or 未识别), built once per reader: nodes are
 * numbered in path order, and each (province, city, county) triple of global ordinals maps to the
 * numbers of its nodes (by place id, {@link ReportColumns#places()}). A counting pass then tallies
 * nodes by number and turns into strings only the values a page shows ({@link OrdFacetList}),
 * instead of building every path.
 */
final class PlaceNodes implements OrdLookup {
  private final String[] paths; // by node number, ascending
  private final String[] levels; // the node's own selection value: province:…, city:…, county:…
  private final long[] nodes; // per place id: its node numbers, packed as a place ({@link Packed})

  private PlaceNodes(String[] paths, String[] levels, long[] nodes) {
    this.paths = paths;
    this.levels = levels;
    this.nodes = nodes;
  }

  /**
   * The nodes of the places {@code keys} (packed, {@link Packed#place}, by place id: {@link
   * ReportColumns#places()}).
   */
  static PlaceNodes of(FacetOrdinals ords, long[] keys) throws IOException {
    Map<String, String> levelOf = new HashMap<>();
    List<String[]> perTriple = new ArrayList<>(); // province, city, county paths (null: none)
    for (long key : keys) {
      String[] p = paths(ords, key);
      perTriple.add(p);
      levelOf.put(p[0], p[3]);
      if (p[1] != null) {
        levelOf.put(p[1], p[4]);
      }
      if (p[2] != null) {
        levelOf.put(p[2], p[5]);
      }
    }
    String[] sorted = levelOf.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    Map<String, Integer> number = new HashMap<>();
    String[] levels = new String[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      number.put(sorted[i], i);
      levels[i] = levelOf.get(sorted[i]);
    }
    long[] nodes = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      String[] p = perTriple.get(i);
      nodes[i] = Packed.place(number.get(p[0]), number(number, p[1]), number(number, p[2]));
    }
    return new PlaceNodes(sorted, levels, nodes);
  }

  private static int number(Map<String, Integer> number, String path) {
    return path == null ? -1 : number.get(path);
  }

  /** Province, city and county paths of a packed triple, then their selection values. */
  private static String[] paths(FacetOrdinals ords, long key) throws IOException {
    int p = Packed.province(key);
    int c = Packed.city(key);
    int k = Packed.county(key);
    String[] out = new String[6];
    if (p < 0) {
      out[0] = FacetValue.UNKNOWN;
      out[3] = "province:" + FacetValue.UNKNOWN;
      return out;
    }
    String province = ords.provinces().lookup(p);
    out[0] = province;
    out[3] = "province:" + province;
    String city = c < 0 ? "" : ords.cities().lookup(c);
    if (c >= 0) {
      out[1] = province + Facet.PATH + city;
      out[4] = "city:" + city;
    }
    if (k >= 0) {
      String county = ords.counties().lookup(k);
      out[2] = province + Facet.PATH + city + Facet.PATH + county;
      out[5] = "county:" + county;
    }
    return out;
  }

  /** Number of nodes. */
  int size() {
    return paths.length;
  }

  /** Adds {@code n} to the counts of the nodes of place {@code place}, by node number. */
  void add(long[] counts, int place, long n) {
    long packed = nodes[place];
    counts[Packed.province(packed)] += n;
    int city = Packed.city(packed);
    int county = Packed.county(packed);
    if (city >= 0) {
      counts[city] += n;
    }
    if (county >= 0) {
      counts[county] += n;
    }
  }

  /** The node's path (the facet value). */
  @Override
  public String lookup(int node) {
    return paths[node];
  }

  /** The node's selection value ({@code province:…}, {@code city:…} or {@code county:…}). */
  String level(int node) {
    return levels[node];
  }
}
