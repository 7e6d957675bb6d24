package org.nianbao.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which benchmark search terms one report mentions. Each term is drawn independently with its
 * target document frequency; sentences with a term the report does not get are left out, and a
 * report that gets a term but no sample sentence with it receives a hand-written one ({@link
 * Phrases}).
 */
final class Terms {

  /** A controlled term and the share of reports that mention it. */
  private record Term(String word, double share, List<Template> sentences) {}

  private static final List<Term> TERMS =
      List.of(
          new Term("微信公众号", 0.40, Phrases.WECHAT),
          new Term("政务新媒体", 0.20, Phrases.NEW_MEDIA),
          new Term("抖音", 0.05, Phrases.DOUYIN),
          new Term("区块链", 0.001, Phrases.BLOCKCHAIN));

  private final List<String> required = new ArrayList<>();
  private final List<String> forbidden = new ArrayList<>();

  Terms(SplittableRandom rng) {
    for (Term t : TERMS) {
      (rng.nextDouble() < t.share() ? required : forbidden).add(t.word());
    }
  }

  /** The terms this report must mention. */
  List<String> required() {
    return required;
  }

  /** True when {@code sentence} mentions a term this report must not mention. */
  boolean forbids(Template sentence) {
    for (String word : forbidden) {
      if (sentence.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** A hand-written sentence mentioning {@code word}. */
  Template sentence(String word, SplittableRandom rng) {
    for (Term t : TERMS) {
      if (t.word().equals(word)) {
        return t.sentences().get(rng.nextInt(t.sentences().size()));
      }
    }
    throw new IllegalArgumentException(word);
  }
}
