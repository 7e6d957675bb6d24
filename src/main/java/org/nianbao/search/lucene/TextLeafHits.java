package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SparseFixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * Where one text leaf of a report-level query (a phrase or a proximity, optionally scoped to the
 * title, agency or place) matches in one segment. An unscoped leaf yields the section documents it
 * matches (a title or agency match counts for the report's first section, the preamble) and, per
 * section number, the reports with a match; a scoped leaf yields matching reports. Hits may be
 * computed only inside some reports (a conjunction's rarest leaf leads): then they are exact for
 * those reports and empty elsewhere, and are not cached.
 *
 * <p>The matching documents are gathered first, then stored as plain bit sets when they are many
 * and as sparse ones ({@link SparseFixedBitSet}) when they are few (a rare phrase then costs a few
 * hundred bytes in the cache instead of a bit per document and per report).
 */
final class TextLeafHits {
  /** Documents per bit set entry below which the sparse form is used. */
  private static final int SPARSE_RATIO = 64;

  /** Topic ordinals below this are kept in {@link #bySection}'s arrays. */
  private static final int SMALL_TOPICS = 32;

  /** Section documents with a match (unscoped leaves only). */
  private BitSet docs;

  /**
   * Per section number 0..126 ({@link ReportColumns.Leaf#sectionNo}) and topic ordinal + 1 (0: no
   * topic), the reports with a match.
   */
  private BitSet[][] bySection = new BitSet[0][];

  /** Reports with a match in a section numbered outside 0..126 or with a large topic ordinal. */
  private final Map<Long, BitSet> large = new HashMap<>();

  /** Matching reports of a scoped leaf (title, agency, place), else null. */
  private FixedBitSet scoped;

  private TextLeafHits() {}

  /** Approximate heap bytes (for the per-reader cache). */
  long bytes() {
    long b = 64 + (docs == null ? 0 : docs.ramBytesUsed()) + 16L * bySection.length;
    for (BitSet[] byTopic : bySection) {
      for (BitSet s : byTopic == null ? new BitSet[0] : byTopic) {
        b += s == null ? 0 : s.ramBytesUsed();
      }
    }
    for (BitSet s : large.values()) {
      b += 48 + s.ramBytesUsed();
    }
    return b + (scoped == null ? 0 : scoped.ramBytesUsed());
  }

  /** Adds the matching section documents to {@code out} (unscoped leaves). */
  void orDocsInto(FixedBitSet out) {
    or(out, docs);
  }

  private static void or(FixedBitSet out, BitSet bits) {
    if (bits instanceof FixedBitSet f) {
      out.or(f);
    } else if (bits != null) {
      try {
        out.or(new BitSetIterator(bits, bits.approximateCardinality()));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * The reports of {@code l} with a match in a section of {@code unit} (null: any), as a new bit
   * set; a scoped leaf's reports whatever {@code unit}.
   */
  FixedBitSet reports(ReportColumns.Leaf l, SectionUnit unit) {
    if (scoped != null) {
      return scoped.clone();
    }
    FixedBitSet out = new FixedBitSet(Math.max(1, l.reports()));
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
    return out;
  }

  /**
   * Computes the hits of {@code leaf} (a Phrase, Near or Field of one of them) in segment {@code
   * ctx}, only in the documents of {@code within} (null: all).
   */
  static TextLeafHits compute(
      StatsSearcher searcher,
      LuceneQueries queries,
      QueryNode leaf,
      LeafReaderContext ctx,
      FixedBitSet within)
      throws IOException {
    ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
    TextLeafHits out = new TextLeafHits();
    if (leaf instanceof QueryNode.Field f) {
      String field = field(f.scope());
      FixedBitSet reports = new FixedBitSet(Math.max(1, l.reports()));
      out.scoped = reports;
      LeafScan.scan(
          searcher, queries, f.child(), field, ctx, within, d -> reports.set(l.reportOf[d]));
      return out;
    }
    Gathered found = new Gathered();
    LeafScan.scan(searcher, queries, leaf, Fields.BODY_BIGRAMS, ctx, within, found::add);
    for (String field : List.of(Fields.TITLE_BIGRAMS, Fields.AGENCY_BIGRAMS)) {
      LeafScan.scan(
          searcher,
          queries,
          leaf,
          field,
          ctx,
          within,
          d -> {
            int r = l.reportOf[d];
            int first = l.firstDoc(r);
            if (first < l.reportDoc[r]) {
              found.add(first);
            }
          });
    }
    out.store(l, ctx.reader().maxDoc(), found);
    return out;
  }

  /** The bigram field a field scope searches. */
  static String field(org.nianbao.search.query.Scope scope) {
    return switch (scope) {
      case TITLE -> Fields.TITLE_BIGRAMS;
      case AGENCY -> Fields.AGENCY_BIGRAMS;
      case PLACE -> Fields.PLACE_BIGRAMS;
    };
  }

  /** Matching documents as found (a document may repeat). */
  private static final class Gathered {
    int[] docs = new int[16];
    int size;

    void add(int doc) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
      }
      docs[size++] = doc;
    }
  }

  private void store(ReportColumns.Leaf l, int maxDoc, Gathered found) {
    boolean sparse = (long) found.size * SPARSE_RATIO < maxDoc;
    int reports = Math.max(1, l.reports());
    docs =
        sparse ? new SparseFixedBitSet(Math.max(1, maxDoc)) : new FixedBitSet(Math.max(1, maxDoc));
    for (int i = 0; i < found.size; i++) {
      int doc = found.docs[i];
      docs.set(doc);
      bits(l, doc, sparse, reports).set(l.reportOf[doc]);
    }
  }

  /** The bit set of reports for {@code doc}'s section number and topic, created when missing. */
  private BitSet bits(ReportColumns.Leaf l, int doc, boolean sparse, int reports) {
    int s = l.sectionNo[doc];
    int t = l.topic[doc] + 1;
    if (s < 0 || t >= SMALL_TOPICS) {
      return large.computeIfAbsent(
          SectionMasks.key(l.section(doc), l.topic[doc]), k -> newBits(sparse, reports));
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
      bits = byTopic[t] = newBits(sparse, reports);
    }
    return bits;
  }

  private static BitSet newBits(boolean sparse, int length) {
    return sparse ? new SparseFixedBitSet(length) : new FixedBitSet(length);
  }
}
