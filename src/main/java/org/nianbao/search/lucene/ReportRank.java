package org.nianbao.search.lucene;

/**
 * The report of each document of one segment, counted from the report documents' bits: per 64
 * documents a word of bits and the number of report documents before it (190 KB per million
 * documents). An array of every document's report took 4 MB per million, and passes over many
 * documents in order were bound by reading it. Immutable.
 */
final class ReportRank {
  private final long[] bits;
  private final int[] before;
  private final int reports;

  /** Over {@code maxDoc} documents whose report documents are {@code reportDoc} (increasing). */
  ReportRank(int[] reportDoc, int maxDoc) {
    this.bits = new long[Math.max(1, (maxDoc + 63) >>> 6)];
    for (int d : reportDoc) {
      bits[d >>> 6] |= 1L << d;
    }
    this.before = new int[bits.length];
    for (int w = 1; w < bits.length; w++) {
      before[w] = before[w - 1] + Long.bitCount(bits[w - 1]);
    }
    this.reports = reportDoc.length;
  }

  /** The index of document {@code doc}'s report: report documents before it; -1 past the last. */
  int of(int doc) {
    int r = before[doc >>> 6] + Long.bitCount(bits[doc >>> 6] & ((1L << doc) - 1));
    return r < reports ? r : -1;
  }

  /** Per 64 documents, a bit per report document (read-only: for loops over words of documents). */
  long[] ends() {
    return bits;
  }

  /** Per 64 documents, the report documents before them (read-only). */
  int[] before() {
    return before;
  }
}
