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
 * Where a query matches in stored section text, from the UnifiedHighlighter over the bigram field's
 * offsets (no re-analysis): snippets for a result list, whole-text marks for a report page.
 */
final class Highlights {
  static final int SNIPPETS_PER_SECTION = 3;

  /** Sections of one report given snippets on a result page (the others are listed without). */
  static final int MAX_SECTIONS_PER_REPORT = 3;

  /**
   * Sections of a result page given snippets, in page order (a page of 500 reports highlights 100).
   */
  static final int MAX_SECTIONS_PER_PAGE = 100;

  /** Sections highlighted per call, checking the search's deadline in between. */
  private static final int CHUNK = 20;

  private static final int MAX_HIGHLIGHT_CHARS = 2_000_000;

  private final Analyzer indexAnalyzer =
      Analyzers.forIndexing(Fields.BIGRAM_FIELDS, Fields.GRAM_FIELDS);

  /** Where match offsets come from: the default, or another for tests to compare with. */
  private final ObjectHighlighter.Offsets offsets;

  Highlights() {
    this(ObjectHighlighter.Offsets.POSTINGS_PER_SEGMENT);
  }

  Highlights(ObjectHighlighter.Offsets offsets) {
    this.offsets = offsets;
  }

  /**
   * The sections of a result page to give snippets: in page order, at most {@link
   * #MAX_SECTIONS_PER_REPORT} of each report (its first matching ones) and {@link
   * #MAX_SECTIONS_PER_PAGE} in all.
   */
  static int[] toHighlight(List<int[]> sectionsByReport) {
    int[] docs = new int[MAX_SECTIONS_PER_PAGE];
    int n = 0;
    for (int[] sections : sectionsByReport) {
      for (int i = 0; i < sections.length && i < MAX_SECTIONS_PER_REPORT && n < docs.length; i++) {
        docs[n++] = sections[i];
      }
    }
    return Arrays.copyOf(docs, n);
  }

  /**
   * Up to {@link #SNIPPETS_PER_SECTION} snippets of each of {@code docs} (section documents): one
   * highlighter per page, run in chunks until the search's deadline (later docs get none).
   */
  @SuppressWarnings("unchecked")
  Map<Integer, List<Snippet>> snippets(IndexSearcher searcher, Query query, int[] docs)
      throws IOException {
    if (docs.length == 0) {
      return Map.of();
    }
    int[] sorted = docs.clone();
    Arrays.sort(sorted);
    ObjectHighlighter highlighter = highlighter(searcher, new SnippetFormatter(), false);
    Deadline deadline = Deadline.current();
    Map<Integer, List<Snippet>> byDoc = new LinkedHashMap<>();
    for (int from = 0; from < sorted.length && !deadline.expired(); from += CHUNK) {
      int[] chunk = Arrays.copyOfRange(sorted, from, Math.min(sorted.length, from + CHUNK));
      Object[] out = highlighter.highlight(Fields.BODY, query, chunk, SNIPPETS_PER_SECTION);
      for (int i = 0; i < chunk.length; i++) {
        byDoc.put(chunk[i], out[i] == null ? List.of() : (List<Snippet>) out[i]);
      }
    }
    return byDoc;
  }

  /**
   * The merged match ranges in the whole text of each of {@code docs}, in the same order (null:
   * none).
   */
  @SuppressWarnings("unchecked")
  List<Mark>[] marks(IndexSearcher searcher, Query query, int[] docs) throws IOException {
    Object[] out =
        highlighter(searcher, new MarksFormatter(), true).highlight(Fields.BODY, query, docs, 1);
    List<Mark>[] marks = new List[docs.length];
    for (int i = 0; i < docs.length; i++) {
      marks[i] = (List<Mark>) out[i];
    }
    return marks;
  }

  private ObjectHighlighter highlighter(
      IndexSearcher searcher, PassageFormatter formatter, boolean whole) {
    return new ObjectHighlighter(
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withMaskedFieldsFunc(
                f -> Fields.BODY.equals(f) ? Set.of(Fields.BODY_BIGRAMS) : Set.of())
            .withFormatter(formatter)
            .withScorer(new LeanPassageScorer())
            .withBreakIterator(whole ? WholeBreakIterator::new : SentenceBreakIterator::new)
            .withMaxLength(MAX_HIGHLIGHT_CHARS)
            .withMaxNoHighlightPassages(whole ? 0 : 1),
        searcher,
        offsets);
  }
}
