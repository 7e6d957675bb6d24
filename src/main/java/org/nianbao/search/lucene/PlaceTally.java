package org.nianbao.search.lucene;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;

/**
 * The {@link Facet#PLACE} tree of a counting pass: matching reports per place (a (province, city,
 * county) triple of global ordinals, numbered reader-wide by {@link ReportColumns#places()}), in an
 * array indexed by place, turned into one value per tree node or per level at the end. One array
 * increment per report; no hashing, no boxing.
 */
final class PlaceTally {
  private final long[] places; // by place: packed triple
  private final int[] byPlace; // matching reports per place

  private final OrdCounts provinces;
  private final OrdCounts cities;
  private final OrdCounts counties;
  private boolean levelsCounted;

  /** A tally over the place ordinals of {@code ordinals} and the reader's {@code places}. */
  PlaceTally(FacetOrdinals ordinals, long[] places) {
    this.places = places;
    this.byPlace = new int[places.length];
    this.provinces = new OrdCounts(ordinals.provinces());
    this.cities = new OrdCounts(ordinals.cities());
    this.counties = new OrdCounts(ordinals.counties());
  }

  /** A copy of {@code base}'s tally by place (levels not counted yet), to subtract from. */
  PlaceTally(FacetOrdinals ordinals, PlaceTally base) {
    this.places = base.places;
    this.byPlace = base.byPlace.clone();
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

  /** Counts one report placed at {@code place} (an index into the reader's places). */
  void add(int place) {
    add(place, 1);
  }

  /**
   * Counts {@code n} reports placed at {@code place} (an index into the reader's places); a
   * negative {@code n} uncounts reports counted before (in a copy).
   */
  void add(int place, int n) {
    byPlace[place] += n;
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

  /** What {@link #forEach} hands over: reports counted at one place. */
  private interface PlaceCount {
    void accept(int place, int n);
  }

  /** Every place with matching reports, with their count. */
  private void forEach(PlaceCount each) {
    for (int p = 0; p < byPlace.length; p++) {
      if (byPlace[p] > 0) {
        each.accept(p, byPlace[p]);
      }
    }
  }

  private void addTo(int place, int n) {
    long triple = places[place];
    add(provinces, Packed.province(triple), n);
    add(cities, Packed.city(triple), n);
    add(counties, Packed.county(triple), n);
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
    forEach((place, n) -> nodes.add(counts, place, n));
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
