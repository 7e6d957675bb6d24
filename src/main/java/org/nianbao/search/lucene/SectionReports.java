package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Per section unit (number and topic, {@link ReportColumns#units()}), the reports of one segment
 * where a text leaf matches ({@link TextLeafHits}): a plain bit set per unit, or, when the leaf
 * matches few documents, one sorted array of (unit, report) pairs (a bit set per unit would cost
 * more to create than to fill). Filled by one thread, then {@link #seal sealed}; read-only after.
 */
final class SectionReports {
  private final long[] units;
  private final int reports;

  /** Per section unit, the reports with a match (null: none); null when sparse. */
  private final FixedBitSet[] byUnit;

  /** When sparse: (unit << 32 | report) pairs, sorted once sealed. */
  private long[] pairs;

  private int size;

  SectionReports(boolean sparse, int reports, long[] units) {
    this.units = units;
    this.reports = Math.max(1, reports);
    this.byUnit = sparse ? null : new FixedBitSet[units.length];
    this.pairs = sparse ? new long[16] : null;
  }

  /** Records a match in section document {@code doc} of {@code l}. */
  void add(ReportColumns.Leaf l, int doc) {
    int u = l.unit[doc];
    if (byUnit == null) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      pairs[size++] = (long) u << 32 | l.report(doc);
      return;
    }
    FixedBitSet bits = byUnit[u];
    if (bits == null) {
      bits = byUnit[u] = new FixedBitSet(reports);
    }
    bits.set(l.report(doc));
  }

  /**
   * Records a match in every section document whose bit is set in {@code words} (the words of a bit
   * set over {@code l}'s documents): for dense hits, one loop with no call per document.
   */
  void addAll(ReportColumns.Leaf l, long[] words) {
    if (byUnit == null) {
      for (int w = 0; w < words.length; w++) {
        for (long word = words[w]; word != 0; word &= word - 1) {
          add(l, w << 6 | Long.numberOfTrailingZeros(word));
        }
      }
      return;
    }
    char[] unit = l.unit;
    long[][] raw = new long[byUnit.length][]; // the sets' words: one load less per document
    for (int u = 0; u < raw.length; u++) {
      raw[u] = byUnit[u] == null ? null : byUnit[u].getBits();
    }
    long[] ends = l.rank.ends();
    int[] before = l.rank.before();
    int reportCount = l.reports();
    for (int w = 0; w < words.length; w++) {
      long word = words[w];
      if (word == 0) {
        continue;
      }
      // a document's report from the word's report-document bits: no branch per report
      long end = ends[w];
      int base = before[w];
      for (; word != 0; word &= word - 1) {
        int at = Long.numberOfTrailingZeros(word);
        int r = base + Long.bitCount(end & ((1L << at) - 1));
        int u = unit[w << 6 | at];
        long[] bits = raw[u];
        if (bits == null) {
          byUnit[u] = new FixedBitSet(reports);
          bits = raw[u] = byUnit[u].getBits();
        }
        if (r < reportCount) {
          bits[r >> 6] |= 1L << r;
        }
      }
    }
  }

  /** Ends the filling: sorts the pairs (by unit, then report). */
  void seal() {
    if (pairs != null) {
      pairs = Arrays.copyOf(pairs, size);
      Arrays.sort(pairs);
    }
  }

  /** Adds to {@code out} the reports with a match in a section of {@code unit} (null: any). */
  void orInto(FixedBitSet out, SectionUnit unit) {
    if (byUnit != null) {
      for (int u = 0; u < byUnit.length; u++) {
        if (byUnit[u] != null && ok(unit, u)) {
          out.or(byUnit[u]);
        }
      }
      return;
    }
    for (int i = 0; i < pairs.length; ) {
      int u = (int) (pairs[i] >>> 32);
      boolean ok = ok(unit, u);
      for (; i < pairs.length && (int) (pairs[i] >>> 32) == u; i++) {
        if (ok) {
          out.set((int) pairs[i]);
        }
      }
    }
  }

  private boolean ok(SectionUnit unit, int u) {
    return unit == null || unit.ok(Packed.number(units[u]), Packed.topic(units[u]));
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
    if (byUnit == null) {
      return 48 + 8L * pairs.length;
    }
    long b = 48 + 8L * byUnit.length;
    for (FixedBitSet s : byUnit) {
      b += s == null ? 0 : s.ramBytesUsed();
    }
    return b;
  }
}
