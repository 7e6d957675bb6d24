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
 * numbers of its nodes. A counting pass then tallies nodes by number and turns into strings only
 * the values a page shows ({@link OrdFacetList}), instead of building every path.
 */
final class PlaceNodes implements OrdLookup {
  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;

  private final String[] paths; // by node number, ascending
  private final String[] levels; // the node's own selection value: province:…, city:…, county:…
  private final long[] triples; // open addressing: packed triple ({@link #triple}), 0 = empty
  private final long[] nodes; // per slot: packed node numbers (+1) of province, city, county

  private PlaceNodes(String[] paths, String[] levels, long[] triples, long[] nodes) {
    this.paths = paths;
    this.levels = levels;
    this.triples = triples;
    this.nodes = nodes;
  }

  /** The nodes of every report of {@code columns} (its first {@code segments} segments). */
  static PlaceNodes of(FacetOrdinals ords, ReportColumns columns, int segments) throws IOException {
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int s = 0; s < segments; s++) {
      ReportColumns.Leaf l = columns.leaf(s);
      for (int r = 0; r < l.reports(); r++) {
        seen.add(triple(l.province[r], l.city[r], l.county[r]));
      }
    }
    return of(ords, seen.stream().mapToLong(Long::longValue).toArray());
  }

  /** The nodes of the packed triples {@code keys} ({@link #triple}). */
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
    int size = Integer.highestOneBit(Math.max(4, keys.length * 4));
    long[] triples = new long[size];
    long[] nodes = new long[size];
    for (int i = 0; i < keys.length; i++) {
      String[] p = perTriple.get(i);
      int slot = slot(triples, keys[i]);
      triples[slot] = keys[i];
      nodes[slot] = pack(number.get(p[0]), number(number, p[1]), number(number, p[2]));
    }
    return new PlaceNodes(sorted, levels, triples, nodes);
  }

  private static int number(Map<String, Integer> number, String path) {
    return path == null ? -1 : number.get(path);
  }

  /** The packed (province, city, county) triple of global ordinals (-1: unknown), never 0. */
  static long triple(int province, int city, int county) {
    return ((province + 1L) << (2 * BITS)) | ((city + 1L) << BITS) | (county + 1L) | 1L << 63;
  }

  /** The province ordinal of a packed triple (-1: unknown). */
  static int province(long triple) {
    return (int) ((triple >>> (2 * BITS)) & MASK) - 1;
  }

  /** The city ordinal of a packed triple (-1: unknown). */
  static int city(long triple) {
    return (int) ((triple >>> BITS) & MASK) - 1;
  }

  /** The county ordinal of a packed triple (-1: unknown). */
  static int county(long triple) {
    return (int) (triple & MASK) - 1;
  }

  private static long pack(int province, int city, int county) {
    return ((province + 1L) << (2 * BITS)) | ((city + 1L) << BITS) | (county + 1L);
  }

  /** Province, city and county paths of a packed triple, then their selection values. */
  private static String[] paths(FacetOrdinals ords, long key) throws IOException {
    int p = province(key);
    int c = city(key);
    int k = county(key);
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

  /**
   * The slot of {@code key} in an open-addressing table (0 = empty), or the empty slot to put it.
   */
  static int slot(long[] table, long key) {
    int mask = table.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (table[i] != 0 && table[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Number of nodes. */
  int size() {
    return paths.length;
  }

  /** Adds {@code n} to the counts of the nodes of packed {@code triple}, by node number. */
  void add(long[] counts, long triple, long n) {
    int slot = slot(triples, triple);
    if (triples[slot] != triple) {
      throw new IllegalStateException("a place the reader's reports do not have: " + triple);
    }
    long packed = nodes[slot];
    counts[(int) ((packed >>> (2 * BITS)) & MASK) - 1] += n;
    int city = (int) ((packed >>> BITS) & MASK) - 1;
    int county = (int) (packed & MASK) - 1;
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
