package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.SortedDocValues;

/**
 * One segment's values of a sorted doc values field by ordinal, each looked up once and kept: a
 * result list shows the same agencies, counties and section titles again and again, and every
 * lookup of a fresh doc values instance decompresses a block of its terms dictionary.
 */
final class OrdNames {
  /** Fields with more values than this are looked up each time (the array would be too large). */
  static final int MAX_VALUES = 1 << 20;

  private final String[] names;

  OrdNames(int valueCount) {
    this.names = new String[Math.min(valueCount, MAX_VALUES)];
  }

  /** {@code doc}'s value in {@code dv} (of this segment and field), or null when it has none. */
  String of(SortedDocValues dv, int doc) throws IOException {
    if (!dv.advanceExact(doc)) {
      return null;
    }
    int ord = dv.ordValue();
    if (ord >= names.length) {
      return dv.lookupOrd(ord).utf8ToString();
    }
    String s = names[ord];
    if (s == null) { // a race only looks a value up twice: strings are immutable
      s = dv.lookupOrd(ord).utf8ToString();
      names[ord] = s;
    }
    return s;
  }
}
