package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * Where one text leaf of a report-level query (a phrase or a proximity, optionally scoped to the
 * title, agency or place) matches in one segment. An unscoped leaf yields the section documents it
 * matches (a title or agency match counts for the report's first section, the preamble) and, per
 * section number, the reports with a match there; a scoped leaf yields matching reports.
 */
final class TextLeafHits {
  /** Section documents with a match (unscoped leaves only). */
  final FixedBitSet docs;

  /**
   * Per section (number, topic) as {@link #key}, the reports with a match in such a section; key
   * {@link #SCOPED} for a scoped leaf.
   */
  final Map<Long, FixedBitSet> bySection = new HashMap<>();

  private static final long SCOPED = Long.MIN_VALUE;

  private static long key(int number, int topic) {
    return ((long) number << 32) | (topic & 0xFFFFFFFFL);
  }

  private TextLeafHits(int maxDoc) {
    this.docs = new FixedBitSet(Math.max(1, maxDoc));
  }

  /**
   * A leaf's hits in every segment of a reader, as cached per reader (leaves recur across queries).
   */
  private record LeafKey(QueryNode leaf) {}

  private record LeafHits(TextLeafHits[] segments) implements SearchCache.Weighed {
    @Override
    public long bytes() {
      return 64 + java.util.Arrays.stream(segments).mapToLong(TextLeafHits::bytes).sum();
    }
  }

  /**
   * The hits of {@code leaf} in every segment (index = segment ordinal), from the reader's cache
   * when {@code cache}.
   */
  static TextLeafHits[] everySegment(
      StatsSearcher searcher, LuceneQueries queries, QueryNode leaf, boolean cache) {
    LeafHits cached = cache ? searcher.cached(new LeafKey(leaf)) : null;
    if (cached == null) {
      List<LeafReaderContext> contexts = searcher.getIndexReader().leaves();
      TextLeafHits[] all = new TextLeafHits[contexts.size()];
      try {
        for (LeafReaderContext ctx : contexts) {
          all[ctx.ord] = compute(searcher, queries, leaf, ctx);
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      cached = new LeafHits(all);
      if (cache) {
        searcher.cache(new LeafKey(leaf), cached);
      }
    }
    return cached.segments();
  }

  /** Approximate heap bytes (for the per-reader cache). */
  long bytes() {
    long b = 64 + docs.getBits().length * 8L;
    for (FixedBitSet s : bySection.values()) {
      b += 48 + s.getBits().length * 8L;
    }
    return b;
  }

  /** The reports of {@code l} with a match in a section of {@code unit} (null = any). */
  FixedBitSet reports(ReportColumns.Leaf l, SectionUnit unit) {
    FixedBitSet out = new FixedBitSet(Math.max(1, l.reports()));
    bySection.forEach(
        (k, bits) -> {
          if (k == SCOPED
              || unit == null
              || unit.ok((int) (k >> 32), (int) (long) k)) { // low 32 bits: the topic
            out.or(bits);
          }
        });
    return out;
  }

  /**
   * Computes the hits of {@code leaf} (a Phrase, Near or Field of one of them) in segment {@code
   * ctx}.
   */
  static TextLeafHits compute(
      StatsSearcher searcher, LuceneQueries queries, QueryNode leaf, LeafReaderContext ctx)
      throws IOException {
    ReportColumns.Leaf l = searcher.columns().leaf(ctx.ord);
    TextLeafHits out = new TextLeafHits(ctx.reader().maxDoc());
    if (leaf instanceof QueryNode.Field f) {
      String field =
          switch (f.scope()) {
            case TITLE -> Fields.TITLE_BIGRAMS;
            case AGENCY -> Fields.AGENCY_BIGRAMS;
            case PLACE -> Fields.PLACE_BIGRAMS;
          };
      FixedBitSet reports = new FixedBitSet(Math.max(1, l.reports()));
      out.bySection.put(SCOPED, reports);
      LeafScan.scan(searcher, queries, f.child(), field, ctx, d -> reports.set(l.reportOf[d]));
      return out;
    }
    LeafScan.scan(
        searcher, queries, leaf, Fields.BODY_BIGRAMS, ctx, d -> out.add(l, d, l.reportOf[d]));
    for (String field : List.of(Fields.TITLE_BIGRAMS, Fields.AGENCY_BIGRAMS)) {
      LeafScan.scan(
          searcher,
          queries,
          leaf,
          field,
          ctx,
          d -> {
            int r = l.reportOf[d];
            int first = l.firstDoc(r);
            if (first < l.reportDoc[r]) {
              out.add(l, first, r);
            }
          });
    }
    return out;
  }

  private void add(ReportColumns.Leaf l, int doc, int report) {
    docs.set(doc);
    bySection
        .computeIfAbsent(
            key(l.section(doc), l.topic[doc]), k -> new FixedBitSet(Math.max(1, l.reports())))
        .set(report);
  }
}
