package org.nianbao.search.lucene;

import java.io.IOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Exposes the highlighter's per-document objects (our formatters return lists, not strings). */
final class ObjectHighlighter extends UnifiedHighlighter {

  ObjectHighlighter(UnifiedHighlighter.Builder builder) {
    super(builder);
  }

  /** The formatter's object for each of {@code docIds} (in the same order), null when none. */
  Object[] highlight(String field, Query query, int[] docIds, int maxPassages) throws IOException {
    return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {maxPassages})
        .get(field);
  }
}
