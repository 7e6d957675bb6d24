package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;

/**
 * The {@link Facet#PLACE} tree of a counting pass: matching reports per (province, city, county) of
 * global ordinals, turned into one value per tree node at the end. A county is nearly always in one
 * (province, city): those reports are counted in an array by county ordinal; any other triple (no
 * county, or a county seen under a second province or city) in an open-addressing table of packed
 * keys. No boxing per report.
 */
final class PlaceTally {
  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;
  private final int countyCount;
  private int[] byCounty; // reports per county ordinal placed at parentOf[k]
  private long[] parentOf; // packed (province, city) of the county's array count; 0: not yet
  private int[] touched = new int[16];
  private int touchedCount;
  private long[] keys = new long[64]; // 0: empty slot
  private int[] counts = new int[64];
  private int size;

  /** A tally for counties with global ordinals below {@code countyCount}. */
  PlaceTally(int countyCount) {
    this.countyCount = countyCount;
  }

  private static long key(int province, int city, int county) {
    return ((province + 1L) << (2 * BITS)) | ((city + 1L) << BITS) | (county + 1L) | 1L << 63;
  }

  /** Counts one report placed at these global ordinals (-1: unknown). */
  void add(int province, int city, int county) {
    if (county >= 0 && county < countyCount) {
      if (byCounty == null) {
        byCounty = new int[countyCount];
        parentOf = new long[countyCount];
      }
      long parent = key(province, city, -1);
      if (parentOf[county] == 0) {
        parentOf[county] = parent;
        if (touchedCount == touched.length) {
          touched = Arrays.copyOf(touched, touchedCount * 2);
        }
        touched[touchedCount++] = county;
      }
      if (parentOf[county] == parent) {
        byCounty[county]++;
        return;
      }
    }
    long key = key(province, city, county);
    int slot = slot(keys, key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      if (++size * 2 > keys.length) {
        grow();
        slot = slot(keys, key);
      }
    }
    counts[slot]++;
  }

  private static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    long[] k = new long[keys.length * 2];
    int[] c = new int[k.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        int s = slot(k, keys[i]);
        k[s] = keys[i];
        c[s] = counts[i];
      }
    }
    keys = k;
    counts = c;
  }

  /**
   * One value per node (province, province›city, province›city›county, province››county), largest
   * first; a node is selected when its own level's value is ({@code province:…}, {@code city:…},
   * {@code county:…} in {@code selected}).
   */
  List<FacetValue> list(FacetOrdinals ords, Set<?> selected) throws IOException {
    Map<String, long[]> nodes = new HashMap<>();
    Map<String, String> level = new HashMap<>();
    for (int t = 0; t < touchedCount; t++) {
      int k = touched[t];
      if (byCounty[k] > 0) {
        add(ords, nodes, level, parentOf[k] | (k + 1L), byCounty[k]);
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        add(ords, nodes, level, keys[i], counts[i]);
      }
    }
    List<FacetValue> out = new ArrayList<>();
    nodes.forEach(
        (path, n) -> out.add(new FacetValue(path, n[0], selected.contains(level.get(path)))));
    out.sort(
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
    return out;
  }

  /** Adds {@code n} reports at packed {@code key} to its province, city and county nodes. */
  private static void add(
      FacetOrdinals ords, Map<String, long[]> nodes, Map<String, String> level, long key, long n)
      throws IOException {
    int p = (int) ((key >>> (2 * BITS)) & MASK) - 1;
    int c = (int) ((key >>> BITS) & MASK) - 1;
    int k = (int) (key & MASK) - 1;
    if (p < 0) {
      add(nodes, level, FacetValue.UNKNOWN, "province:" + FacetValue.UNKNOWN, n);
      return;
    }
    String province = ords.provinces().lookup(p);
    add(nodes, level, province, "province:" + province, n);
    String city = c < 0 ? "" : ords.cities().lookup(c);
    if (c >= 0) {
      add(nodes, level, province + Facet.PATH + city, "city:" + city, n);
    }
    if (k >= 0) {
      String county = ords.counties().lookup(k);
      String path = province + Facet.PATH + city + Facet.PATH + county;
      add(nodes, level, path, "county:" + county, n);
    }
  }

  private static void add(
      Map<String, long[]> nodes, Map<String, String> level, String path, String own, long n) {
    nodes.computeIfAbsent(path, x -> new long[1])[0] += n;
    level.put(path, own);
  }
}
