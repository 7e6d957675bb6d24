package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SparseFixedBitSet;

/**
 * Per section number and topic, the reports of one segment where a text leaf matches ({@link
 * TextLeafHits}): plain bit sets, or sparse ones when the leaf matches few documents.
 */
final class SectionReports {
  /** Topic ordinals below this are kept in {@link #bySection}'s arrays. */
  private static final int SMALL_TOPICS = 32;

  private final boolean sparse;
  private final int reports;

  /**
   * Per section number 0..126 ({@link ReportColumns.Leaf#sectionNo}) and topic ordinal + 1 (0: no
   * topic), the reports with a match.
   */
  private BitSet[][] bySection = new BitSet[0][];

  /** Reports with a match in a section numbered outside 0..126 or with a large topic ordinal. */
  private final Map<Long, BitSet> large = new HashMap<>();

  SectionReports(boolean sparse, int reports) {
    this.sparse = sparse;
    this.reports = Math.max(1, reports);
  }

  /** Records a match in section document {@code doc} of {@code l}. */
  void add(ReportColumns.Leaf l, int doc) {
    bits(l, doc).set(l.reportOf[doc]);
  }

  /** Adds to {@code out} the reports with a match in a section of {@code unit} (null: any). */
  void orInto(FixedBitSet out, SectionUnit unit) {
    for (int s = 0; s < bySection.length; s++) {
      BitSet[] byTopic = bySection[s];
      for (int t = 0; byTopic != null && t < byTopic.length; t++) {
        if (byTopic[t] != null && (unit == null || unit.ok(s, t - 1))) {
          or(out, byTopic[t]);
        }
      }
    }
    large.forEach(
        (k, bits) -> {
          if (unit == null || unit.ok(SectionMasks.number(k), SectionMasks.topic(k))) {
            or(out, bits);
          }
        });
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
    long b = 48 + 16L * bySection.length;
    for (BitSet[] byTopic : bySection) {
      for (BitSet s : byTopic == null ? new BitSet[0] : byTopic) {
        b += s == null ? 0 : s.ramBytesUsed();
      }
    }
    for (BitSet s : large.values()) {
      b += 48 + s.ramBytesUsed();
    }
    return b;
  }

  /** The bit set of reports for {@code doc}'s section number and topic, created when missing. */
  private BitSet bits(ReportColumns.Leaf l, int doc) {
    int s = l.sectionNo[doc];
    int t = l.topic[doc] + 1;
    if (s < 0 || t >= SMALL_TOPICS) {
      return large.computeIfAbsent(SectionMasks.key(l.section(doc), l.topic[doc]), k -> newBits());
    }
    if (s >= bySection.length) {
      bySection = Arrays.copyOf(bySection, s + 1);
    }
    BitSet[] byTopic = bySection[s];
    if (byTopic == null || t >= byTopic.length) {
      byTopic = bySection[s] = Arrays.copyOf(byTopic == null ? new BitSet[0] : byTopic, t + 1);
    }
    BitSet bits = byTopic[t];
    if (bits == null) {
      bits = byTopic[t] = newBits();
    }
    return bits;
  }

  private BitSet newBits() {
    return sparse ? new SparseFixedBitSet(reports) : new FixedBitSet(reports);
  }
}
