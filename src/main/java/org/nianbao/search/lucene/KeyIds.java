package org.nianbao.search.lucene;

import java.util.Arrays;

/**
 * Dense ids for packed long keys, in order of first appearance: an open-addressing table (no
 * boxing) used while a reader's columns are built, to give every distinct (section number, topic)
 * pair and every distinct (province, city, county) triple a small number.
 */
final class KeyIds {
  private long[] slots = new long[64]; // the key of each used slot
  private int[] ids = new int[64]; // id + 1 per slot, 0 = empty
  private long[] keys = new long[16]; // by id
  private int size;

  /** The id of {@code key}, a new one when it was not seen. */
  int id(long key) {
    int mask = slots.length - 1;
    int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
    while (ids[i] != 0) {
      if (slots[i] == key) {
        return ids[i] - 1;
      }
      i = (i + 1) & mask;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size] = key;
    slots[i] = key;
    ids[i] = ++size;
    if (size * 2 > slots.length) {
      grow();
    }
    return size - 1;
  }

  /** The keys by id. */
  long[] keys() {
    return Arrays.copyOf(keys, size);
  }

  private void grow() {
    long[] s = new long[slots.length * 2];
    int[] d = new int[s.length];
    int mask = s.length - 1;
    for (int id = 0; id < size; id++) {
      int i = Long.hashCode(keys[id] * 0x9E3779B97F4A7C15L) & mask;
      while (d[i] != 0) {
        i = (i + 1) & mask;
      }
      s[i] = keys[id];
      d[i] = id + 1;
    }
    slots = s;
    ids = d;
  }
}
