package org.nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

  /** "term@position[start,end)" for every token. */
  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute p = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += p.getPositionIncrement();
        out.add(t + "@" + pos + "[" + o.startOffset() + "," + o.endOffset() + ")");
      }
      ts.end();
    }
    return out;
  }

  @Test
  void index_chain_emits_unigrams_and_bigrams_at_the_first_characters_position()
      throws IOException {
    assertThat(tokens(Analyzers.bigramsForIndex(), "微信公众号"))
        .containsExactly(
            "微@0[0,1)",
            "微信@0[0,2)",
            "信@1[1,2)",
            "信公@1[1,3)",
            "公@2[2,3)",
            "公众@2[2,4)",
            "众@3[3,4)",
            "众号@3[3,5)",
            "号@4[4,5)");
  }

  @Test
  void query_chain_emits_only_bigrams_except_for_a_lone_character() throws IOException {
    assertThat(tokens(Analyzers.bigramsForQuery(), "微信公众号"))
        .containsExactly("微信@0[0,2)", "信公@1[1,3)", "公众@2[2,4)", "众号@3[3,5)");
    assertThat(tokens(Analyzers.bigramsForQuery(), "号")).containsExactly("号@0[0,1)");
  }

  @Test
  void ascii_words_are_split_at_dots_and_hyphens_and_lower_cased() throws IOException {
    assertThat(tokens(Analyzers.bigramsForQuery(), "WWW.JinXiang.gov.cn 0537-8709110"))
        .containsExactly(
            "www@0[0,3)",
            "jinxiang@1[4,12)",
            "gov@2[13,16)",
            "cn@3[17,19)",
            "0537@4[20,24)",
            "8709110@5[25,32)");
  }

  @Test
  void traditional_and_full_width_text_folds_without_moving_offsets() throws IOException {
    assertThat(tokens(Analyzers.bigramsForQuery(), "行政復議ＡＢＣ１２"))
        .containsExactly("行政@0[0,2)", "政复@1[1,3)", "复议@2[2,4)", "abc12@3[4,9)");
    assertThat(ChineseFolding.fold("臺灣繁體　Ｘ")).isEqualTo("台湾繁体 x");
  }

  @Test
  void bigrams_never_span_punctuation_or_spaces() throws IOException {
    assertThat(tokens(Analyzers.bigramsForQuery(), "公众，号 码"))
        .containsExactly("公众@0[0,2)", "号@1[3,4)", "码@2[5,6)");
  }

  @Test
  void supplementary_han_characters_stay_whole() throws IOException {
    assertThat(tokens(Analyzers.bigramsForIndex(), "𠀀中"))
        .containsExactly("𠀀@0[0,2)", "𠀀中@0[0,3)", "中@1[2,3)");
  }

  @Test
  void words_chain_segments_with_smartcn_after_folding() throws IOException {
    assertThat(tokens(Analyzers.words(), "微信公众号"))
        .containsExactly("微@0[0,1)", "信@1[1,2)", "公众@2[2,4)", "号@3[4,5)");
    assertThat(tokens(Analyzers.words(), "行政復議").get(0)).startsWith("行政");
  }
}
