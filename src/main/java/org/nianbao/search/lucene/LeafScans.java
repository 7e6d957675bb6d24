package org.nianbao.search.lucene;

import java.io.IOException;
import org.nianbao.index.Fields;
import org.nianbao.search.query.QueryNode;
import org.nianbao.search.query.Scope;

/**
 * The scans of one leaf, made once for every segment: a scoped leaf's in its field, else the
 * section text's, the title's and the agency's (null: the leaf matches nothing there).
 */
record LeafScans(LeafScan scoped, LeafScan body, LeafScan title, LeafScan agency) {
  static LeafScans of(StatsSearcher searcher, LuceneQueries queries, QueryNode leaf)
      throws IOException {
    if (leaf instanceof QueryNode.Field f) {
      return new LeafScans(
          LeafScan.of(searcher, queries, f.child(), field(f.scope())), null, null, null);
    }
    return new LeafScans(
        null,
        LeafScan.of(searcher, queries, leaf, Fields.BODY_BIGRAMS),
        LeafScan.of(searcher, queries, leaf, Fields.TITLE_BIGRAMS),
        LeafScan.of(searcher, queries, leaf, Fields.AGENCY_BIGRAMS));
  }

  /** The bigram field a field scope searches. */
  static String field(Scope scope) {
    return switch (scope) {
      case TITLE -> Fields.TITLE_BIGRAMS;
      case AGENCY -> Fields.AGENCY_BIGRAMS;
      case PLACE -> Fields.PLACE_BIGRAMS;
    };
  }
}
