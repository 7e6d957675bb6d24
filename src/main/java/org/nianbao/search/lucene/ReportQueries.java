package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.FixedBitSet;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;

/**
 * The Lucene side of a report-level query ({@link ReportMatcher}): the ranking query over the
 * section documents standing for matching reports, the highlight query, and each chosen report's
 * listed sections.
 */
final class ReportQueries {
  private ReportQueries() {}

  /**
   * The sections standing for the reports {@code matcher} accepts under {@code filter}, scored by
   * the positive phrases (BM25 over their terms, {@code grams}: run-grams score, title boost); a
   * report without a positive section is represented by its first section and scores 0. Whether a
   * section's text holds a phrase is taken from the matcher's leaf hits when the phrase is one of
   * its leaves ({@link TextDocsQuery}).
   */
  static Query ranking(
      LuceneQueries queries, ReportMatcher matcher, ResolvedFilter filter, int format) {
    BooleanQuery.Builder b =
        new BooleanQuery.Builder().add(new ReportMatchQuery(matcher, filter), Occur.FILTER);
    for (QueryNode.Phrase p : matcher.root().positivePhrases()) {
      Query m =
          queries.scoredMatch(
              p.text(), matcher.isPositiveLeaf(p) ? new TextDocsQuery(matcher, p) : null, format);
      if (m != null) {
        b.add(m, Occur.SHOULD);
      }
    }
    return b.build();
  }

  /**
   * The positive unscoped phrases to highlight in section text, or {@code null} when there are
   * none.
   */
  static Query highlight(LuceneQueries queries, QueryNode root) {
    if (root == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int n = 0;
    for (QueryNode.Phrase p : root.positivePhrases()) {
      Query m = queries.phrase(Fields.BODY_BIGRAMS, p.text());
      if (m != null) {
        b.add(m, Occur.SHOULD);
        n++;
      }
    }
    return n == 0 ? null : b.build();
  }

  /**
   * {@code candidates} with their listed sections (holding a positive leaf, in the unit) as section
   * docs; as is without a matcher (browse).
   */
  static List<ReportCollector.Candidate> withListed(
      StatsSearcher searcher,
      ReportMatcher matcher,
      ResolvedFilter filter,
      List<ReportCollector.Candidate> candidates) {
    if (matcher == null) {
      return candidates;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<ReportCollector.Candidate> out = new ArrayList<>(candidates.size());
    for (ReportCollector.Candidate c : candidates) {
      int ord = ReaderUtil.subIndex(c.reportDoc(), leaves);
      ReportColumns.Leaf l = searcher.columns().leaf(ord);
      int[] docs =
          listed(matcher, ord, l.report(c.reportDoc() - leaves.get(ord).docBase), filter.unit());
      out.add(
          new ReportCollector.Candidate(
              c.reportDoc(), c.score(), c.year(), docs, new float[docs.length]));
    }
    return out;
  }

  /**
   * The listed sections (positive, in {@code sections}) of report {@code r} of segment {@code ord},
   * as global docs.
   */
  static int[] listed(ReportMatcher matcher, int ord, int r, SectionUnit sections) {
    ReportColumns.Leaf l = matcher.columns().leaf(ord);
    FixedBitSet pos = matcher.positiveDocs(ord);
    int[] out = new int[l.reportDoc[r] - l.firstDoc(r)];
    int n = 0;
    for (int d = l.firstDoc(r); d < l.reportDoc[r]; d++) {
      if (pos.get(d) && sections.ok(l, d)) {
        out[n++] = l.docBase + d;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
