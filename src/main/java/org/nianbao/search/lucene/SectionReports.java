package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * Per section unit (number and topic, {@link ReportColumns#units()}), the reports of one segment
 * where a text leaf matches ({@link TextLeafHits}): plain bit sets, or sparse ones when the leaf
 * matches few documents.
 */
final class SectionReports {
  private final boolean sparse;
  private final int reports;
  private final long[] units;

  /** Per section unit, the reports with a match (null: none). */
  private final BitSet[] byUnit;

  SectionReports(boolean sparse, int reports, long[] units) {
    this.sparse = sparse;
    this.reports = Math.max(1, reports);
    this.units = units;
    this.byUnit = new BitSet[units.length];
  }

  /** Records a match in section document {@code doc} of {@code l}. */
  void add(ReportColumns.Leaf l, int doc) {
    int u = l.unit[doc];
    BitSet bits = byUnit[u];
    if (bits == null) {
      bits = byUnit[u] = sparse ? new SparseFixedBitSet(reports) : new FixedBitSet(reports);
    }
    bits.set(l.reportOf[doc]);
  }

  /** Adds to {@code out} the reports with a match in a section of {@code unit} (null: any). */
  void orInto(FixedBitSet out, SectionUnit unit) {
    for (int u = 0; u < byUnit.length; u++) {
      long k = units[u];
      if (byUnit[u] != null && (unit == null || unit.ok(Packed.number(k), Packed.topic(k)))) {
        or(out, byUnit[u]);
      }
    }
  }

  /** {@code out |= bits}, word-wise for plain bit sets. */
  static void or(FixedBitSet out, BitSet bits) {
    if (bits instanceof FixedBitSet f) {
      out.or(f);
    } else if (bits != null) {
      try {
        out.or(new BitSetIterator(bits, bits.approximateCardinality()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Approximate heap bytes. */
  long bytes() {
    long b = 48 + 8L * byUnit.length;
    for (BitSet s : byUnit) {
      b += s == null ? 0 : s.ramBytesUsed();
    }
    return b;
  }
}
