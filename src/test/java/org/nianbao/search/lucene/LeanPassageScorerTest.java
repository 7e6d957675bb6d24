package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {
  @Test
  void scores_every_passage_exactly_as_lucene_does() {
    Random random = new Random(16);
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new LeanPassageScorer();
    String[] vocabulary = {"信息", "公开", "政府", "微信", "公众", "申请", "abc"};
    int distinctScores = 0;
    float previous = Float.NaN;
    for (int round = 0; round < 2000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(5000);
      int length = 1 + random.nextInt(300);
      p.setStartOffset(start);
      p.setEndOffset(start + length);
      int matches = random.nextInt(25);
      for (int i = 0; i < matches; i++) {
        // fresh BytesRef objects: equal terms are equal by content, not by identity
        BytesRef term = new BytesRef(vocabulary[random.nextInt(vocabulary.length)]);
        int at = start + random.nextInt(length);
        p.addMatch(at, at + 2, term, 1 + random.nextInt(40));
      }
      int contentLength = start + length + random.nextInt(10_000);
      float expected = lucene.score(p, contentLength);
      assertThat(lean.score(p, contentLength)).as("round %d", round).isEqualTo(expected);
      distinctScores += expected != previous ? 1 : 0;
      previous = expected;
    }
    assertThat(distinctScores).isGreaterThan(1500); // the passages really differ
  }
}
