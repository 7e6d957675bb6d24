package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.LongHeap;
import org.nianbao.search.FacetValue;

/**
 * Report counts per global ordinal of one facet field for one search. The array is allocated on the
 * first count and only touched ordinals are visited, so a query with few matches costs nothing per
 * distinct value (an index of 100,000 reports has that many agencies), and only the values listed
 * are turned into strings. Once more than an eighth of the ordinals are touched, they are no longer
 * tracked and the array is scanned instead (the list of touched ordinals would grow past the array
 * it indexes, in copies large enough to count as humongous for the garbage collector).
 */
final class OrdCounts {
  private final GlobalOrdinals ordinals;
  private int[] counts;
  private int[] touched = new int[8];
  private int touchedCount; // ordinals with a count (the first ones of touched unless dense)
  private boolean dense; // touched ordinals no longer listed (only counted): scan counts
  private long unknown;

  OrdCounts(GlobalOrdinals ordinals) {
    this.ordinals = ordinals;
  }

  /**
   * A copy of {@code base}'s counts to subtract from (a negative {@link #add}): every ordinal with
   * a count, scanned rather than tracked.
   */
  static OrdCounts copyOf(OrdCounts base) {
    OrdCounts out = new OrdCounts(base.ordinals);
    out.unknown = base.unknown;
    if (base.counts != null) {
      out.counts = base.counts.clone();
      out.dense = true;
      out.touched = null;
      out.touchedCount = base.touchedCount; // the ordinals with a count, tracked or not
    }
    return out;
  }

  /** Counts a report without a value ({@link FacetValue#UNKNOWN}). */
  void incrementUnknown() {
    addUnknown(1);
  }

  /** Counts a report with value {@code globalOrd}. */
  void increment(int globalOrd) {
    add(globalOrd, 1);
  }

  /** Counts {@code n} reports without a value. */
  void addUnknown(long n) {
    unknown += n;
  }

  /**
   * Counts {@code n} reports with value {@code globalOrd}; a negative {@code n} uncounts reports
   * counted before, in a {@link #copyOf} only (its ordinals are scanned, not listed).
   */
  void add(int globalOrd, int n) {
    if (counts == null) {
      counts = new int[ordinals.valueCount()];
    }
    int before = counts[globalOrd];
    counts[globalOrd] = before + n;
    if (before == 0 && n > 0) {
      touch(globalOrd);
    } else if (before + n == 0 && n < 0) {
      touchedCount--; // touchedCount is the number of ordinals with a count
    }
  }

  private void touch(int globalOrd) {
    if (dense) {
      touchedCount++;
      return;
    }
    if (touchedCount == touched.length) {
      if (touchedCount * 8L >= counts.length) {
        dense = true;
        touched = null;
        touchedCount++;
        return;
      }
      touched = Arrays.copyOf(touched, touchedCount * 2);
    }
    touched[touchedCount++] = globalOrd;
  }

  /** Per counted ordinal, its count and ordinal packed so that a bigger key is listed first. */
  private long[] keys() {
    if (!dense) {
      long[] keys = new long[touchedCount];
      for (int i = 0; i < touchedCount; i++) {
        keys[i] = key(touched[i]);
      }
      return keys;
    }
    long[] keys = new long[touchedCount];
    int n = 0;
    for (int ord = 0; ord < counts.length; ord++) {
      if (counts[ord] > 0) {
        keys[n++] = key(ord);
      }
    }
    return keys;
  }

  private long key(int ord) {
    return ((long) counts[ord] << 32) | (Integer.MAX_VALUE - ord); // bigger = better
  }

  /**
   * The {@code limit} values with the highest counts (ties in value order), then any selected value
   * not among them (with its count, possibly 0). Reports without a value are listed as {@link
   * FacetValue#UNKNOWN} after the top values when there are any or it is selected.
   */
  List<FacetValue> top(int limit, Set<String> selected) throws IOException {
    long[] keys = keys();
    if (limit == Integer.MAX_VALUE) { // every value: built as read
      return lazy(keys, selected);
    }
    long[] best;
    if (limit >= keys.length) { // every value: one primitive sort
      Arrays.sort(keys);
      best = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        best[i] = keys[keys.length - 1 - i];
      }
    } else {
      LongHeap heap = new LongHeap(Math.max(1, limit));
      for (long k : keys) {
        heap.insertWithOverflow(k);
      }
      best = new long[heap.size()];
      for (int i = best.length - 1; i >= 0; i--) {
        best[i] = heap.pop();
      }
    }
    List<FacetValue> out = new ArrayList<>(best.length + selected.size());
    for (long key : best) {
      int ord = Integer.MAX_VALUE - (int) (key & 0xFFFFFFFFL);
      String value = ordinals.lookup(ord);
      out.add(new FacetValue(value, key >>> 32, selected.contains(value)));
    }
    if (unknown > 0 || selected.contains(FacetValue.UNKNOWN)) { // always listed: reports to fix
      out.add(new FacetValue(FacetValue.UNKNOWN, unknown, selected.contains(FacetValue.UNKNOWN)));
    }
    for (String s : selected) {
      if (out.stream().noneMatch(v -> v.value().equals(s))) {
        int ord = ordinals.globalOrd(s);
        out.add(new FacetValue(s, ord < 0 || counts == null ? 0 : counts[ord], true));
      }
    }
    return out;
  }

  /** Every value, as {@link #top} lists them, built as they are read ({@link OrdFacetList}). */
  private List<FacetValue> lazy(long[] keys, Set<String> selected) throws IOException {
    List<FacetValue> trailing = new ArrayList<>();
    if (unknown > 0 || selected.contains(FacetValue.UNKNOWN)) {
      trailing.add(
          new FacetValue(FacetValue.UNKNOWN, unknown, selected.contains(FacetValue.UNKNOWN)));
    }
    int[] counted = new int[selected.size()];
    int n = 0;
    for (String s : selected) {
      if (FacetValue.UNKNOWN.equals(s)) {
        continue;
      }
      int ord = ordinals.globalOrd(s);
      if (ord >= 0 && counts != null && counts[ord] > 0) {
        counted[n++] = ord;
      } else {
        trailing.add(new FacetValue(s, 0, true));
      }
    }
    return new OrdFacetList(ordinals, keys, Arrays.copyOf(counted, n), trailing);
  }
}
