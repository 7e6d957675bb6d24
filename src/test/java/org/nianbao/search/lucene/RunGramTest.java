package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.nianbao.analysis.Analyzers;
import org.nianbao.index.Fields;

/**
 * A three- or four-character Han phrase is found as one run-gram term ({@link Fields#BODY_GRAMS})
 * in exactly the documents where the bigram phrase query finds it: random texts over a small
 * alphabet (traditional and simplified pairs, full-width and ASCII letters, digits, punctuation,
 * spaces, a supplementary character), random phrases from the texts and from the alphabet.
 */
class RunGramTest {
  private static final String[] ALPHABET = {
    "信", "息", "公", "开", "開", "门", "門", "户", "网", "站", "𠀀", "，", "。", " ", "\n", "Ａ", "a", "1", "１",
    "微", "信"
  };

  @Test
  void a_run_gram_is_exactly_the_phrase_of_its_bigrams() throws Exception {
    Random rnd = new Random(16);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      texts.add(randomText(rnd, 1 + rnd.nextInt(40)));
    }
    LuceneQueries queries = new LuceneQueries();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    FieldType bigrams = new FieldType(TextField.TYPE_NOT_STORED);
    bigrams.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    FieldType grams = new FieldType(TextField.TYPE_NOT_STORED);
    grams.setIndexOptions(IndexOptions.DOCS);
    try (IndexWriter w =
        new IndexWriter(
            dir,
            new IndexWriterConfig(
                Analyzers.forIndexing(Fields.BIGRAM_FIELDS, Fields.GRAM_FIELDS)))) {
      for (String t : texts) {
        Document d = new Document();
        d.add(new Field(Fields.BODY_BIGRAMS, t, bigrams));
        d.add(new Field(Fields.BODY_GRAMS, t, grams));
        w.addDocument(d);
      }
    }
    int asGrams = 0;
    int withHits = 0;
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      for (int i = 0; i < 3000; i++) {
        String q;
        if (i % 2 == 0) {
          String t = texts.get(rnd.nextInt(texts.size()));
          int len = 3 + rnd.nextInt(3);
          int from = rnd.nextInt(Math.max(1, t.length() - len + 1));
          q = t.substring(from, Math.min(t.length(), from + len));
        } else {
          q = randomText(rnd, 3 + rnd.nextInt(2));
        }
        Query phrase = queries.phrase(Fields.BODY_BIGRAMS, q);
        Query body = queries.bodyPhrase(q, true);
        if (phrase == null) {
          assertThat(body).as(q).isNull();
          continue;
        }
        if (body instanceof TermQuery tq && tq.getTerm().field().equals(Fields.BODY_GRAMS)) {
          asGrams++;
        }
        TreeSet<Integer> expected = docs(s, phrase);
        withHits += expected.isEmpty() ? 0 : 1;
        assertThat(docs(s, body)).as("«%s» as %s", q, body).isEqualTo(expected);
      }
    }
    assertThat(asGrams).isGreaterThan(500);
    assertThat(withHits).isGreaterThan(500);
  }

  @Test
  void only_runs_of_three_or_four_han_characters_are_grams() {
    LuceneQueries q = new LuceneQueries();
    assertThat(q.runGram("信息公开")).isEqualTo("信息公开");
    assertThat(q.runGram("信息公開")).isEqualTo("信息公开"); // folded as the index folds
    assertThat(q.runGram("微信号")).isEqualTo("微信号");
    assertThat(q.runGram("𠀀信息")).isEqualTo("𠀀信息");
    assertThat(q.runGram("信息")).isNull(); // one bigram: a term already
    assertThat(q.runGram("政府信息公开")).isNull(); // five bigrams: the phrase query
    assertThat(q.runGram("信息，公开")).isNull();
    assertThat(q.runGram("信息a")).isNull();
    assertThat(q.runGram("信 息 公")).isNull();
  }

  private static TreeSet<Integer> docs(IndexSearcher s, Query q) throws Exception {
    TreeSet<Integer> out = new TreeSet<>();
    for (var sd : s.search(q, 10_000).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }

  private static String randomText(Random rnd, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }
}
