package org.nianbao.analysis;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analysis chains of nianbao, built in this one place and used by indexing and querying alike.
 *
 * <ul>
 *   <li>{@link #words()}: smartcn word segmentation: the analysis limit's yardstick ({@code bench
 *       analysis}); the index no longer holds smartcn words (issue 16);
 *   <li>{@link #bigramsForIndex()}: Han unigrams and bigrams, ASCII words, used for exact-substring
 *       matching with phrase queries and for ranking (BM25 over a phrase's bigrams) (the query
 *       builder analyses query phrases with this same chain and keeps the bigrams, so positions
 *       line up);
 *   <li>{@link #bigramsForQuery()}: the same without unigrams, to show what a phrase becomes.
 * </ul>
 *
 * Every chain starts with {@link ChineseFolding}, so traditional and simplified characters,
 * full-width and half-width forms, and upper and lower case match each other.
 */
public final class Analyzers {

  private Analyzers() {}

  /** smartcn words (HMM segmentation, Porter stemming of Latin words, punctuation removed). */
  public static Analyzer words() {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new PorterStemFilter(tokenizer);
        stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** Every chain reads through {@link FoldingCharFilter}, for text and for normalisation. */
  private abstract static class FoldingAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new FoldingCharFilter(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return new FoldingCharFilter(reader);
    }
  }

  /** Index-time exact-match chain: unigrams and bigrams of Han text, whole ASCII words. */
  public static Analyzer bigramsForIndex() {
    return bigrams(true);
  }

  /**
   * The exact-match chain without unigrams (a lone character still comes out): how a query string
   * reads as bigrams. The query builder derives its phrases from {@link #bigramsForIndex()}
   * instead, so that positions line up with the index around Latin words and punctuation.
   */
  public static Analyzer bigramsForQuery() {
    return bigrams(false);
  }

  /**
   * The three- and four-character runs of Han text ({@link RunGramFilter} over the index-time
   * bigram chain): one term per run, for finding short phrases without reading positions.
   */
  public static Analyzer gramsForIndex() {
    return bigrams(true, true);
  }

  private static Analyzer bigrams(boolean unigrams) {
    return bigrams(unigrams, false);
  }

  private static Analyzer bigrams(boolean unigrams, boolean runGrams) {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new CjkTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, unigrams);
        return new TokenStreamComponents(tokenizer, runGrams ? new RunGramFilter(stream) : stream);
      }
    };
  }

  /**
   * The per-field analyzer for documents: fields named in {@code bigramFields} get the index-time
   * exact-match chain, those in {@code gramFields} {@link #gramsForIndex()}, every other text field
   * gets {@link #words()}.
   */
  public static Analyzer forIndexing(Iterable<String> bigramFields, Iterable<String> gramFields) {
    Analyzer bigrams = bigramsForIndex();
    Map<String, Analyzer> map = new java.util.HashMap<>();
    for (String f : bigramFields) {
      map.put(f, bigrams);
    }
    Analyzer grams = gramsForIndex();
    for (String f : gramFields) {
      map.put(f, grams);
    }
    return new PerFieldAnalyzerWrapper(words(), map);
  }
}
