package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * Where one text leaf of a report-level query (a phrase or a proximity, optionally scoped to the
 * title, agency or place) matches in one segment. An unscoped leaf yields the section documents it
 * matches (a title or agency match counts for the report's first section, the preamble) and, per
 * section number, the reports with a match there; a scoped leaf yields matching reports. Hits may
 * be computed only inside some reports (a conjunction's rarest leaf leads): then they are exact for
 * those reports and empty elsewhere, and are not cached.
 */
final class TextLeafHits {
  /** Section documents with a match (unscoped leaves only). */
  final FixedBitSet docs;

  /**
   * Per section number 0..126 ({@link ReportColumns.Leaf#sectionNo}) and topic ordinal + 1 (0: no
   * topic), the reports with a match.
   */
  private FixedBitSet[][] bySection = new FixedBitSet[0][];

  /** Reports with a match in a section numbered outside 0..126 or with a large topic ordinal. */
  private final Map<Long, FixedBitSet> large = new HashMap<>();

  /** Matching reports of a scoped leaf (title, agency, place), else null. */
  private FixedBitSet scoped;

  /** Reports whose first section is in {@link #docs} only for a title/agency match, or null. */
  private FixedBitSet metaOnly;

  private TextLeafHits(int maxDoc) {
    this.docs = new FixedBitSet(Math.max(1, maxDoc));
  }

  /** Approximate heap bytes (for the per-reader cache). */
  long bytes() {
    long b = 64 + docs.getBits().length * 8L + 16L * bySection.length;
    for (FixedBitSet[] byTopic : bySection) {
      for (FixedBitSet s : byTopic == null ? new FixedBitSet[0] : byTopic) {
        b += s == null ? 0 : 48 + s.getBits().length * 8L;
      }
    }
    for (FixedBitSet s : large.values()) {
      b += 48 + s.getBits().length * 8L;
    }
    b += metaOnly == null ? 0 : 48 + metaOnly.getBits().length * 8L;
    return b + (scoped == null ? 0 : 48 + scoped.getBits().length * 8L);
  }

  /**
   * The section documents whose text matches: {@link #docs} without the first sections standing
   * only for a title or agency match.
   */
  DocIdSetIterator textDocs(ReportColumns.Leaf l) {
    DocIdSetIterator all = new BitSetIterator(docs, docs.cardinality());
    return metaOnly == null
        ? all
        : new FilteredDocIdSetIterator(all) {
          @Override
          protected boolean match(int doc) {
            int r = l.reportOf[doc];
            return l.firstDoc(r) != doc || !metaOnly.get(r);
          }
        };
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
      FixedBitSet[] byTopic = bySection[s];
      for (int t = 0; byTopic != null && t < byTopic.length; t++) {
        if (byTopic[t] != null && (unit == null || unit.ok(s, t - 1))) {
          out.or(byTopic[t]);
        }
      }
    }
    large.forEach(
        (k, bits) -> {
          if (unit == null || unit.ok(SectionMasks.number(k), SectionMasks.topic(k))) {
            out.or(bits);
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
    TextLeafHits out = new TextLeafHits(ctx.reader().maxDoc());
    if (leaf instanceof QueryNode.Field f) {
      String field = field(f.scope());
      FixedBitSet reports = new FixedBitSet(Math.max(1, l.reports()));
      out.scoped = reports;
      LeafScan.scan(
          searcher, queries, f.child(), field, ctx, within, d -> reports.set(l.reportOf[d]));
      return out;
    }
    LeafScan.scan(
        searcher,
        queries,
        leaf,
        Fields.BODY_BIGRAMS,
        ctx,
        within,
        d -> out.add(l, d, l.reportOf[d]));
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
              if (!out.docs.get(first)) { // the text scan is complete: not a text match
                if (out.metaOnly == null) {
                  out.metaOnly = new FixedBitSet(Math.max(1, l.reports()));
                }
                out.metaOnly.set(r);
              }
              out.add(l, first, r);
            }
          });
    }
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

  /** Topic ordinals below this are kept in {@link #bySection}'s arrays. */
  private static final int SMALL_TOPICS = 32;

  private void add(ReportColumns.Leaf l, int doc, int report) {
    docs.set(doc);
    int s = l.sectionNo[doc];
    int t = l.topic[doc] + 1;
    FixedBitSet bits;
    if (s < 0 || t >= SMALL_TOPICS) {
      bits =
          large.computeIfAbsent(
              SectionMasks.key(l.section(doc), l.topic[doc]),
              k -> new FixedBitSet(Math.max(1, l.reports())));
    } else {
      if (s >= bySection.length) {
        bySection = java.util.Arrays.copyOf(bySection, s + 1);
      }
      FixedBitSet[] byTopic = bySection[s];
      if (byTopic == null || t >= byTopic.length) {
        byTopic =
            bySection[s] =
                java.util.Arrays.copyOf(byTopic == null ? new FixedBitSet[0] : byTopic, t + 1);
      }
      bits = byTopic[t];
      if (bits == null) {
        bits = byTopic[t] = new FixedBitSet(Math.max(1, l.reports()));
      }
    }
    bits.set(report);
  }
}
