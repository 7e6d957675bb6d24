package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.nianbao.analysis.Analyzers;
import org.nianbao.index.Fields;

/**
 * Builds the Lucene queries for the phrases of a query tree. Matching is decided by exact phrases
 * over the bigram fields (section text, or the report's title and agency); the smartcn word fields
 * only add to the score, so ranking is BM25 over words plus the phrase match, with a boost when the
 * title matches.
 */
final class LuceneQueries {
  static final float TITLE_BOOST = 3f;

  private final Analyzer bigrams = Analyzers.bigramsForIndex();
  private final Analyzer words = Analyzers.words();

  /** Matches every section document. */
  static Query allSections() {
    return new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SECTION));
  }

  /** Exact match of {@code phrase} in the section text or in the report's title/agency. */
  Query match(String phrase) {
    return match(phrase, null);
  }

  /** {@link #match}, with {@code text} (null: the phrase query) deciding the section-text part. */
  private Query match(String phrase, Query text) {
    Query body = phrase(Fields.BODY_BIGRAMS, phrase);
    if (body == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(text == null ? body : text, Occur.SHOULD)
        .add(new BoostQuery(phrase(Fields.META_BIGRAMS, phrase), TITLE_BOOST), Occur.SHOULD)
        .build();
  }

  /**
   * {@link #match} as a filter; the score comes from BM25 over the smartcn words of the phrase and
   * the boosted title match. The exact phrase decides matching but does not score: a phrase scorer
   * must check positions in every candidate section and cannot skip blocks by their maximum score,
   * while word terms can, so ranking a common phrase only verifies positions in blocks that can
   * still reach the page.
   */
  Query scoredMatch(String phrase) {
    return scoredMatch(phrase, null);
  }

  /**
   * {@link #scoredMatch}, where the sections whose text holds the phrase are {@code text} (null:
   * found by the phrase query): the same scores, without reading the phrase's positions again.
   */
  Query scoredMatch(String phrase, Query text) {
    Query m = match(phrase, text);
    if (m == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(m, Occur.FILTER);
    for (String w : terms(words, Fields.BODY, phrase)) {
      b.add(new TermQuery(new Term(Fields.BODY, w)), Occur.SHOULD);
    }
    b.add(new BoostQuery(phrase(Fields.META_BIGRAMS, phrase), TITLE_BOOST), Occur.SHOULD);
    return b.build();
  }

  /**
   * A phrase query matching {@code text} exactly in a bigram field, or {@code null} when it has no
   * tokens. The text is analysed with the index-time chain so positions line up with the index
   * (every character keeps its own position); then each Han character covered by a bigram is
   * dropped, leaving bigrams, lone Han characters and other words.
   */
  Query phrase(String field, String text) {
    List<int[]> spans = new ArrayList<>(); // {position, start, end, isBigram}
    List<String> terms = new ArrayList<>();
    int pos = -1;
    try (TokenStream ts = bigrams.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      TypeAttribute type = ts.addAttribute(TypeAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
        spans.add(new int[] {pos, off.startOffset(), off.endOffset(), bigram ? 1 : 0});
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    Term only = null;
    int n = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (s[3] == 0 && coveredByBigram(spans, s)) {
        continue;
      }
      only = new Term(field, terms.get(i));
      b.add(only, s[0]);
      n++;
    }
    return n == 0 ? null : n == 1 ? new TermQuery(only) : b.build();
  }

  private static boolean coveredByBigram(List<int[]> spans, int[] single) {
    for (int[] s : spans) {
      if (s[3] == 1 && s[1] <= single[1] && single[2] <= s[2]) {
        return true;
      }
    }
    return false;
  }

  private static List<String> terms(Analyzer a, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
