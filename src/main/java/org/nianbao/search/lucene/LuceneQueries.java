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
import org.nianbao.index.IndexFormat;

/**
 * Builds the Lucene queries for the phrases of a query tree. Matching is decided by exact phrases
 * over the bigram fields (section text, or the report's title and agency); ranking is BM25 over the
 * phrase in the section text (its run-gram, else its bigrams), with a boost when the title matches.
 */
final class LuceneQueries {
  static final float TITLE_BOOST = 3f;

  private final Analyzer bigrams = Analyzers.bigramsForIndex();

  /** Matches every section document. */
  static Query allSections() {
    return new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SECTION));
  }

  /** Exact match of {@code phrase} in the section text or in the report's title/agency. */
  Query match(String phrase) {
    Query body = phrase(Fields.BODY_BIGRAMS, phrase);
    if (body == null) {
      return null;
    }
    return new BooleanQuery.Builder()
        .add(body, Occur.SHOULD)
        .add(titleBoost(phrase, IndexFormat.WITHOUT_GRAMS), Occur.SHOULD) // the exact phrase
        .build();
  }

  /**
   * {@link #match}, scored: in a section whose text holds the phrase, BM25 over its {@link
   * #scoredTerms}; in the report's first section, when the title or agency holds it, the boosted
   * title match. The sections whose text holds the phrase are {@code text} (null: found by the
   * phrase query); the phrase query decides where the terms score but does not score itself.
   */
  Query scoredMatch(String phrase, Query text, int format) {
    Analysed a = analyse(Fields.BODY_BIGRAMS, phrase);
    Query body = phrase(a);
    if (body == null) {
      return null;
    }
    BooleanQuery.Builder inText =
        new BooleanQuery.Builder().add(text != null ? text : body, Occur.FILTER);
    for (Term t : scoredTerms(a, format >= IndexFormat.SCORED_GRAMS)) {
      inText.add(new TermQuery(t), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(inText.build(), Occur.SHOULD)
        .add(titleBoost(phrase, format), Occur.SHOULD)
        .build();
  }

  /**
   * The terms that score {@code phrase} in section text, distinct: when {@code grams} (the index's
   * run-grams have frequencies and norms) and it is a run of Han characters, its run-gram (three or
   * four characters: it scores by its own occurrences) or the four-character run-grams covering it
   * ({@link RunGrams#scoring}); else its bigrams.
   */
  List<Term> scoredTerms(String phrase, boolean grams) {
    return scoredTerms(analyse(Fields.BODY_BIGRAMS, phrase), grams);
  }

  private static List<Term> scoredTerms(Analysed a, boolean grams) {
    List<String> g = grams ? RunGrams.scoring(a.run()) : List.of();
    return g.isEmpty()
        ? List.copyOf(new java.util.LinkedHashSet<>(a.terms()))
        : g.stream().map(t -> new Term(Fields.BODY_GRAMS, t)).toList();
  }

  /**
   * The boosted title/agency match that {@link #scoredMatch} adds for {@code phrase}, or null: in
   * an index of {@code format} 4 or later, a three- or four-character Han phrase is its run-gram
   * there (no positions read; the phrase's own occurrences score), else the phrase over the
   * bigrams.
   */
  Query titleBoost(String phrase, int format) {
    Analysed a = analyse(Fields.META_BIGRAMS, phrase);
    String gram = format >= IndexFormat.TITLE_GRAMS ? RunGrams.gram(a.run()) : null;
    Query meta = gram != null ? new TermQuery(new Term(Fields.META_GRAMS, gram)) : phrase(a);
    return meta == null ? null : new BoostQuery(meta, TITLE_BOOST);
  }

  /**
   * A phrase query matching {@code text} exactly in a bigram field, or {@code null} when it has no
   * tokens. The text is analysed with the index-time chain so positions line up with the index
   * (every character keeps its own position); then each Han character covered by a bigram is
   * dropped, leaving bigrams, lone Han characters and other words.
   */
  Query phrase(String field, String text) {
    return phrase(analyse(field, text));
  }

  private static Query phrase(Analysed a) {
    if (a.terms.size() == 1) {
      return new TermQuery(a.terms.get(0));
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i < a.terms.size(); i++) {
      b.add(a.terms.get(i), a.positions.get(i));
    }
    return a.terms.isEmpty() ? null : b.build();
  }

  /**
   * The exact match of {@code text} in the section text: one run-gram term ({@link
   * Fields#BODY_GRAMS}) when {@code grams} (every document of the index has run-grams) and the text
   * is a run of three or four Han characters, else the bigram {@link #phrase}. Both match the same
   * sections: a run-gram is indexed exactly where its bigrams stand at consecutive positions.
   */
  Query bodyPhrase(String text, boolean grams) {
    Analysed a = analyse(Fields.BODY_BIGRAMS, text);
    String gram = grams ? RunGrams.gram(a.run()) : null;
    return gram != null ? new TermQuery(new Term(Fields.BODY_GRAMS, gram)) : phrase(a);
  }

  /** The run-gram {@code text} is (two or three bigrams at consecutive positions), or null. */
  String runGram(String text) {
    return RunGrams.gram(analyse(Fields.BODY_BIGRAMS, text).run());
  }

  /**
   * The kept terms of a phrase in {@code field}, with their positions and whether each is a bigram.
   */
  private record Analysed(List<Term> terms, List<Integer> positions, List<Boolean> isBigram) {
    /** The Han run the terms spell ({@link RunGrams#run}), or null. */
    String run() {
      return RunGrams.run(terms, positions, isBigram);
    }
  }

  /**
   * {@code text} analysed with the index-time chain; each Han character covered by a bigram is
   * dropped (see {@link #phrase}).
   */
  private Analysed analyse(String field, String text) {
    Analysed out = new Analysed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
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
    for (int i = 0; i < spans.size(); i++) {
      int[] s = spans.get(i);
      if (s[3] == 0 && coveredByBigram(spans, s)) {
        continue;
      }
      out.terms.add(new Term(field, terms.get(i)));
      out.positions.add(s[0]);
      out.isBigram.add(s[3] == 1);
    }
    return out;
  }

  private static boolean coveredByBigram(List<int[]> spans, int[] single) {
    for (int[] s : spans) {
      if (s[3] == 1 && s[1] <= single[1] && single[2] <= s[2]) {
        return true;
      }
    }
    return false;
  }
}
