package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Index-wide ordinals of a facet field (county, agency) for one reader: facet counting adds to one
 * array indexed by global ordinal, and only the values actually shown are turned into strings.
 * Global ordinals follow the values' sort order. Built once per reader (at refresh); immutable and
 * thread-safe.
 */
final class GlobalOrdinals implements OrdLookup {
  private final String field;
  private final List<LeafReaderContext> leaves;
  private final OrdinalMap map; // null when there is at most one segment
  private final int valueCount;

  private final String[] values; // looked-up values by global ordinal, filled on demand

  private GlobalOrdinals(
      String field, List<LeafReaderContext> leaves, OrdinalMap map, int valueCount) {
    this.field = field;
    this.leaves = leaves;
    this.map = map;
    this.valueCount = valueCount;
    this.values = new String[valueCount];
  }

  static GlobalOrdinals build(IndexReader reader, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    if (leaves.size() <= 1) {
      int n =
          leaves.isEmpty() ? 0 : DocValues.getSorted(leaves.get(0).reader(), field).getValueCount();
      return new GlobalOrdinals(field, leaves, null, n);
    }
    SortedDocValues[] values = new SortedDocValues[leaves.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = DocValues.getSorted(leaves.get(i).reader(), field);
    }
    OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
    return new GlobalOrdinals(field, leaves, map, Math.toIntExact(map.getValueCount()));
  }

  int valueCount() {
    return valueCount;
  }

  /** Maps the ordinals of segment {@code leafOrd} to global ordinals. */
  LongValues segmentToGlobal(int leafOrd) {
    return map == null ? LongValues.IDENTITY : map.getGlobalOrds(leafOrd);
  }

  /** The value of a global ordinal (remembered: facet lists ask for the same values again). */
  @Override
  public String lookup(int globalOrd) throws IOException {
    String v = values[globalOrd]; // a racy read is fine: Strings are safely published
    if (v == null) {
      int segment = map == null ? 0 : map.getFirstSegmentNumber(globalOrd);
      long segmentOrd = map == null ? globalOrd : map.getFirstSegmentOrd(globalOrd);
      SortedDocValues dv =
          DocValues.getSorted(leaves.get(segment).reader(), field); // per call: not thread-safe
      v = dv.lookupOrd((int) segmentOrd).utf8ToString();
      values[globalOrd] = v;
    }
    return v;
  }

  /** The global ordinal of {@code value}, or -1 when no document has it. */
  int globalOrd(String value) throws IOException {
    BytesRef term = new BytesRef(value);
    for (int i = 0; i < leaves.size(); i++) {
      int ord = DocValues.getSorted(leaves.get(i).reader(), field).lookupTerm(term);
      if (ord >= 0) {
        return (int) segmentToGlobal(i).get(ord);
      }
    }
    return -1;
  }
}
