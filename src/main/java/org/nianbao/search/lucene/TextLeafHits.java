package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SparseFixedBitSet;
import org.nianbao.search.query.QueryNode;

/**
 * Where one text leaf of a report-level query (a phrase or a proximity, optionally scoped to the
 * title, agency or place) matches in one segment. An unscoped leaf yields the section documents it
 * matches (a title or agency match counts for the report's first section, the preamble) and, per
 * section number, the reports with a match; a scoped leaf yields matching reports. Hits may be
 * computed only inside some reports (a conjunction's rarest leaf leads): then they are exact for
 * those reports and empty elsewhere, and are not cached.
 *
 * <p>The matching documents are marked in a plain bit set first, which is kept when they are many;
 * when they are few they move to sparse ones ({@link SparseFixedBitSet}) (a rare phrase then costs
 * a few hundred bytes in the cache instead of a bit per document and per report).
 */
final class TextLeafHits {
  /** Documents per bit set entry below which the sparse form is used. */
  private static final int SPARSE_RATIO = 64;

  /** Section documents with a match (unscoped leaves only). */
  private BitSet docs;

  /** Per section number and topic, the reports with a match (unscoped leaves only). */
  private SectionReports sections;

  /** Matching reports of a scoped leaf (title, agency, place), else null. */
  private FixedBitSet scoped;

  /** Reports whose first section is in {@link #docs} only for a title/agency match, or null. */
  private FixedBitSet metaOnly;

  private TextLeafHits() {}

  /** Approximate heap bytes (for the per-reader cache). */
  long bytes() {
    long b = 64 + (docs == null ? 0 : docs.ramBytesUsed());
    b += sections == null ? 0 : sections.bytes();
    b += metaOnly == null ? 0 : metaOnly.ramBytesUsed();
    return b + (scoped == null ? 0 : scoped.ramBytesUsed());
  }

  /**
   * The section documents whose text matches: {@link #docs} without the first sections standing
   * only for a title or agency match.
   */
  DocIdSetIterator textDocs(ReportColumns.Leaf l) {
    DocIdSetIterator all =
        new BitSetIterator(docs, docs.cardinality()); // exact: a cost of 0 means none
    return metaOnly == null
        ? all
        : new FilteredDocIdSetIterator(all) {
          @Override
          protected boolean match(int doc) {
            int r = l.report(doc);
            return l.firstDoc(r) != doc || !metaOnly.get(r);
          }
        };
  }

  /**
   * Keeps in {@code out} (section documents of {@code l}) only the {@link #textDocs}: word-wise,
   * then the first sections standing only for a title or agency match cleared one per report.
   */
  void keepText(FixedBitSet out, ReportColumns.Leaf l) throws IOException {
    if (docs instanceof FixedBitSet dense) {
      out.and(dense);
    } else { // sparse: few documents
      FixedBitSet text = new FixedBitSet(out.length());
      SectionReports.or(text, docs);
      out.and(text);
    }
    if (metaOnly != null) {
      metaOnly.forEach(0, metaOnly.length(), 0, r -> out.clear(l.firstDoc(r)));
    }
  }

  /** Adds the matching section documents to {@code out} (unscoped leaves). */
  void orDocsInto(FixedBitSet out) {
    SectionReports.or(out, docs);
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
    if (sections != null) {
      sections.orInto(out, unit);
    }
    return out;
  }

  /**
   * Computes the hits of {@code leaf} (a Phrase, Near or Field of one of them; its {@code scans})
   * in segment {@code ctx}, only in the documents of {@code within} (null: all).
   */
  static TextLeafHits compute(
      StatsSearcher searcher,
      QueryNode leaf,
      LeafScans scans,
      LeafReaderContext ctx,
      FixedBitSet within)
      throws IOException {
    ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
    TextLeafHits out = new TextLeafHits();
    if (leaf instanceof QueryNode.Field) {
      FixedBitSet reports = new FixedBitSet(Math.max(1, l.reports()));
      out.scoped = reports;
      if (scans.scoped() != null) {
        scans.scoped().scan(ctx, within, d -> reports.set(l.report(d)));
      }
      return out;
    }
    FixedBitSet found = new FixedBitSet(Math.max(1, ctx.reader().maxDoc()));
    if (scans.body() != null) {
      scans.body().scan(ctx, within, new LeafScan.Bulk(found));
    }
    out.store(l, found, searcher.columns().units());
    for (LeafScan meta : new LeafScan[] {scans.title(), scans.agency()}) {
      if (meta == null) {
        continue;
      }
      meta.scan(
          ctx,
          within,
          d -> {
            int r = l.report(d);
            int first = l.firstDoc(r);
            if (first < l.reportDoc[r] && !out.docs.get(first)) { // not a text match (yet)
              if (out.metaOnly == null) {
                out.metaOnly = new FixedBitSet(Math.max(1, l.reports()));
              }
              out.metaOnly.set(r);
              out.docs.set(first);
              out.sections.add(l, first);
            }
          });
    }
    out.sections.seal();
    return out;
  }

  /**
   * Keeps the text hits {@code found} (owned) as they are when they are many, else as a sparse bit
   * set, with the reports per section number and topic.
   */
  private void store(ReportColumns.Leaf l, FixedBitSet found, long[] units) throws IOException {
    int n = found.cardinality();
    boolean sparse = (long) n * SPARSE_RATIO < found.length();
    docs = sparse ? new SparseFixedBitSet(found.length()) : found;
    sections = new SectionReports(sparse, l.reports(), units);
    long[] words = found.getBits();
    if (sparse) {
      found.forEach(0, found.length(), 0, docs::set);
    }
    sections.addAll(l, words);
  }
}
