package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.nianbao.analysis.Analyzers;
import org.nianbao.index.Fields;
import org.nianbao.search.Mark;
import org.nianbao.search.Snippet;

/**
 * Where a query matches in stored section text, from the UnifiedHighlighter over the bigram
 * field's offsets (no re-analysis): snippets for a result list, whole-text marks for a report page.
 */
final class Highlights {
  static final int SNIPPETS_PER_SECTION = 3;
  private static final int MAX_HIGHLIGHT_CHARS = 2_000_000;

  private final Analyzer indexAnalyzer = Analyzers.forIndexing(Fields.BIGRAM_FIELDS);

  /** Up to {@link #SNIPPETS_PER_SECTION} snippets of each of {@code docs} (section documents). */
  @SuppressWarnings("unchecked")
  Map<Integer, List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docs) throws IOException {
    if (docs.length == 0) {
      return Map.of();
    }
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    Object[] out = highlighter(searcher, new SnippetFormatter(), false)
        .highlight(Fields.BODY, query, sorted, SNIPPETS_PER_SECTION);
    Map<Integer, List<Snippet>> byDoc = new LinkedHashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      byDoc.put(sorted[i], out[i] == null ? List.of() : (List<Snippet>) out[i]);
    }
    return byDoc;
  }

  /** The merged match ranges in the whole text of each of {@code docs}, in the same order (null: none). */
  @SuppressWarnings("unchecked")
  List<Mark>[] marks(IndexSearcher searcher, Query query, int[] docs) throws IOException {
    Object[] out = highlighter(searcher, new MarksFormatter(), true).highlight(Fields.BODY, query, docs, 1);
    List<Mark>[] marks = new List[docs.length];
    for (int i = 0; i < docs.length; i++) {
      marks[i] = (List<Mark>) out[i];
    }
    return marks;
  }

  private ObjectHighlighter highlighter(IndexSearcher searcher, PassageFormatter formatter, boolean whole) {
    return new ObjectHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withMaskedFieldsFunc(f -> Fields.BODY.equals(f) ? Set.of(Fields.BODY_BIGRAMS) : Set.of())
        .withFormatter(formatter)
        .withBreakIterator(whole ? WholeBreakIterator::new : SentenceBreakIterator::new)
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withMaxNoHighlightPassages(whole ? 0 : 1));
  }
}
