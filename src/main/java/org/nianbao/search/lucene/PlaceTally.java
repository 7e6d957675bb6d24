package org.nianbao.search.lucene;

import java.util.Arrays;
import java.util.List;
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
  private final int countyCount;
  private int[] byCounty; // reports per county ordinal placed at parentOf[k]
  private long[] parentOf; // packed (province, city) of the county's array count; 0: not yet
  private int[] touched = new int[16];
  private int touchedCount;
  private long[] keys = new long[64]; // 0: empty slot
  private int[] counts = new int[64];
  private int size;

  private final OrdCounts provinces;
  private final OrdCounts cities;
  private final OrdCounts counties;
  private boolean levelsCounted;

  /** A tally over the place ordinals of {@code ordinals}. */
  PlaceTally(FacetOrdinals ordinals) {
    this.countyCount = ordinals.counties().valueCount();
    this.provinces = new OrdCounts(ordinals.provinces());
    this.cities = new OrdCounts(ordinals.cities());
    this.counties = new OrdCounts(ordinals.counties());
  }

  /** Reports per county, counted from the tally (a report is tallied once, not per level). */
  OrdCounts counties() {
    countLevels();
    return counties;
  }

  OrdCounts provinces() {
    countLevels();
    return provinces;
  }

  OrdCounts cities() {
    countLevels();
    return cities;
  }

  /** Counts one report placed at these global ordinals (-1: unknown). */
  void add(int province, int city, int county) {
    if (county >= 0 && county < countyCount) {
      if (byCounty == null) {
        byCounty = new int[countyCount];
        parentOf = new long[countyCount];
      }
      long parent = PlaceNodes.triple(province, city, -1);
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
    long key = PlaceNodes.triple(province, city, county);
    int slot = PlaceNodes.slot(keys, key);
    if (keys[slot] == 0) {
      keys[slot] = key;
      if (++size * 2 > keys.length) {
        grow();
        slot = PlaceNodes.slot(keys, key);
      }
    }
    counts[slot]++;
  }

  private void grow() {
    long[] k = new long[keys.length * 2];
    int[] c = new int[k.length];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        int s = PlaceNodes.slot(k, keys[i]);
        k[s] = keys[i];
        c[s] = counts[i];
      }
    }
    keys = k;
    counts = c;
  }

  /**
   * Adds the tallied reports to the per-level counts once (a place's unknown levels as unknown).
   */
  private void countLevels() {
    if (levelsCounted) {
      return;
    }
    levelsCounted = true;
    forEach(this::addTo);
  }

  /** What {@link #forEach} hands over: reports counted at one packed place triple. */
  private interface TripleCount {
    void accept(long triple, int n);
  }

  /** Every tallied place triple with its report count. */
  private void forEach(TripleCount each) {
    for (int t = 0; t < touchedCount; t++) {
      int k = touched[t];
      if (byCounty[k] > 0) {
        each.accept(parentOf[k] | (k + 1L), byCounty[k]);
      }
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        each.accept(keys[i], counts[i]);
      }
    }
  }

  private void addTo(long triple, int n) {
    add(provinces, PlaceNodes.province(triple), n);
    add(cities, PlaceNodes.city(triple), n);
    add(counties, PlaceNodes.county(triple), n);
  }

  private static void add(OrdCounts counts, int ord, int n) {
    if (ord >= 0) {
      counts.add(ord, n);
    } else {
      counts.addUnknown(n);
    }
  }

  /**
   * One value per node (province, province›city, province›city›county, province››county), largest
   * first, ties in path order; a node is selected when its own level's value is ({@code
   * province:…}, {@code city:…}, {@code county:…} in {@code selected}). Strings are made only for
   * the values read ({@link OrdFacetList}).
   */
  List<FacetValue> list(PlaceNodes nodes, Set<?> selected) {
    long[] counts = new long[nodes.size()];
    forEach((triple, n) -> nodes.add(counts, triple, n));
    int n = 0;
    for (long c : counts) {
      n += c > 0 ? 1 : 0;
    }
    long[] out = new long[n];
    int[] chosen = new int[selected.isEmpty() ? 0 : n];
    int s = 0;
    n = 0;
    for (int node = 0; node < counts.length; node++) {
      if (counts[node] > 0) {
        out[n++] = counts[node] << 32 | (Integer.MAX_VALUE - node);
        if (!selected.isEmpty() && selected.contains(nodes.level(node))) {
          chosen[s++] = node;
        }
      }
    }
    return new OrdFacetList(nodes, out, Arrays.copyOf(chosen, s), List.of());
  }
}
