package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.apache.lucene.util.LongHeap;
import org.nianbao.search.FacetValue;
import org.nianbao.search.LazyFacetList;

/**
 * One string facet's values by count (ties in value order), then the trailing values ({@link
 * FacetValue#UNKNOWN}, selected values without a count): built as they are read. Keys are {@code
 * count << 32 | (MAX - ordinal)}, unique, bigger = earlier; only the first {@link #HEAD} are put in
 * order until a later position is read, then the rest. Thread-safe (cached lists are shared).
 */
final class OrdFacetList extends AbstractList<FacetValue> implements LazyFacetList, RandomAccess {
  /** Values ordered up front: the default list length plus room for selected values. */
  static final int HEAD = 128;

  private final OrdLookup ordinals;
  private final long[] keys;
  private final FacetValue[] made;
  private final List<FacetValue> trailing;
  private final int[] selectedOrds; // ascending
  private final int[] selectedPositions;

  /**
   * The counted selected values' keys by their final position (ascending positions), so reading one
   * far down the list does not put the whole list in order.
   */
  private final int[] selectedKeyPositions;

  private final long[] selectedKeys;
  private int ordered;

  /**
   * {@code keys} (owned) are the counted values; {@code selectedOrds} the ordinals (in {@code
   * ordinals}) of the selected values among them; {@code trailing} follows them.
   */
  OrdFacetList(OrdLookup ordinals, long[] keys, int[] selectedOrds, List<FacetValue> trailing) {
    this.ordinals = ordinals;
    this.keys = keys;
    this.made = new FacetValue[keys.length];
    this.trailing = List.copyOf(trailing);
    this.selectedOrds = selectedOrds.clone();
    Arrays.sort(this.selectedOrds);
    this.selectedKeys = selectedKeys(keys, this.selectedOrds);
    this.selectedKeyPositions = new int[selectedKeys.length];
    for (int i = 0; i < selectedKeys.length; i++) { // a key's position: the number of bigger keys
      for (long k : keys) {
        selectedKeyPositions[i] += k > selectedKeys[i] ? 1 : 0;
      }
    }
    int[] p = Arrays.copyOf(selectedKeyPositions, selectedKeys.length + trailing.size());
    int n = selectedKeys.length;
    for (int i = 0; i < trailing.size(); i++) {
      if (trailing.get(i).selected()) {
        p[n++] = keys.length + i;
      }
    }
    this.selectedPositions = Arrays.copyOf(p, n);
  }

  /** The keys of the counted selected values, biggest first. */
  private static long[] selectedKeys(long[] keys, int[] selectedOrds) {
    long[] out = new long[selectedOrds.length];
    int n = 0;
    for (long k : keys) {
      if (Arrays.binarySearch(selectedOrds, ord(k)) >= 0) {
        out[n++] = k;
      }
    }
    long[] sk = Arrays.copyOf(out, n);
    Arrays.sort(sk);
    for (int i = 0, j = n - 1; i < j; i++, j--) {
      long t = sk[i];
      sk[i] = sk[j];
      sk[j] = t;
    }
    return sk;
  }

  static int ord(long key) {
    return Integer.MAX_VALUE - (int) (key & 0xFFFFFFFFL);
  }

  @Override
  public int size() {
    return keys.length + trailing.size();
  }

  @Override
  public int positive() {
    int n = keys.length; // counted values all have a count
    for (FacetValue v : trailing) {
      n += v.count() > 0 ? 1 : 0;
    }
    return n;
  }

  @Override
  public int[] selectedPositions() {
    return selectedPositions.clone();
  }

  @Override
  public synchronized FacetValue get(int i) {
    if (i >= keys.length) {
      return trailing.get(i - keys.length);
    }
    if (i >= ordered) { // a selected value far down: built from its key, the rest left unordered
      int s = Arrays.binarySearch(selectedKeyPositions, i);
      if (s >= 0 && i >= HEAD) {
        return value(selectedKeys[s]);
      }
    }
    order(i + 1);
    FacetValue v = made[i];
    if (v == null) {
      v = made[i] = value(keys[i]);
    }
    return v;
  }

  private FacetValue value(long key) {
    int ord = ord(key);
    try {
      return new FacetValue(
          ordinals.lookup(ord), key >>> 32, Arrays.binarySearch(selectedOrds, ord) >= 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts at least the first {@code n} keys in order (biggest first). */
  private void order(int n) {
    if (n <= ordered) {
      return;
    }
    if (n <= HEAD && ordered == 0 && keys.length > 2 * HEAD) {
      LongHeap heap = new LongHeap(HEAD); // the HEAD biggest, then moved to the front
      for (long k : keys) {
        heap.insertWithOverflow(k);
      }
      long threshold = heap.top();
      int front = 0;
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] >= threshold) {
          long t = keys[front];
          keys[front++] = keys[i];
          keys[i] = t;
        }
      }
      descending(0, front);
      ordered = front;
    } else {
      descending(ordered, keys.length); // every key after the head is smaller than the head's
      ordered = keys.length;
    }
  }

  private void descending(int from, int to) {
    Arrays.sort(keys, from, to);
    for (int i = from, j = to - 1; i < j; i++, j--) {
      long t = keys[i];
      keys[i] = keys[j];
      keys[j] = t;
    }
  }

  /**
   * Approximate heap bytes (for the cache's weight): the keys and the values built so far, sized as
   * the cache's other facet lists.
   */
  synchronized long bytes() {
    long b = 64 + 16L * keys.length;
    for (FacetValue v : trailing) {
      b += 40 + 48 + 2L * v.value().length();
    }
    for (FacetValue v : made) {
      b += v == null ? 0 : 40 + 48 + 2L * v.value().length();
    }
    return b;
  }
}
