package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The literal-anchored scan finds exactly what a plain find() loop finds. */
class AnchoredPatternTest {

  /**
   * Pieces that make the patterns match, half-match and overlap; 𠀀 is a supplementary Han char.
   */
  private static final String[] PIECES = {
    "由", "编制", "县", "区", "市", "旗", "人民", "政府", "门户网站", "网站", "（", "(", "http", "www", "乡", "镇",
    "街道", "办事处", "现公开", "现将", "公布", "2021", "〇二", "年", "请与", "请联系", "联系", "。", "，", "登录", "在", "从",
    "可在", "政务微信", "政务微博", "金乡", "兴海", "𠀀", "𠀁𠀂", "a", " ", "\n", "信息公开", "工作"
  };

  @Test
  void every_place_pattern_finds_what_find_finds_on_random_text() {
    Random random = new Random(16);
    int matches = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int pieces = random.nextInt(120);
      for (int j = 0; j < pieces; j++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      for (AnchoredPattern p : MetadataExtractor.PLACE_IN_TEXT) {
        matches += sameAsFind(p, b.toString());
      }
    }
    assertThat(matches).isGreaterThan(3000); // the random texts do exercise the patterns
  }

  /** Asserts that {@code p} finds on {@code key} what a find() loop finds; their number. */
  private static int sameAsFind(AnchoredPattern p, String key) {
    String text = key.replace('县', '縣'); // group 1 is taken from the text, at the key's offsets
    List<String> fast = new ArrayList<>();
    p.groupOne(key, text, fast);
    List<String> plain = p.groupOnePlain(key, text);
    assertThat(fast).as("%s on %s", p.pattern(), key).isEqualTo(plain);
    return plain.size();
  }

  /**
   * Slots of a report title named in the text, in order, each with right and wrong fillers (empty:
   * left out), so that random texts match, half-match and overlap.
   */
  private static final String[][] TITLE_SLOTS = {
    {"《", "现公开", "现公布", "现发布", "特向社会公布", "公布", "发布", "编制了", "编制", "现", "特向社会", "", "。"},
    {"兴海县人民政府", "县", "𠀀𠀁", "金乡县发布", "a", "", "现公布兴海县"},
    {"", "", "（本级）", "(2023)", "（", "）"},
    {"2023", "2023", "202", "20231"},
    {"", "", " ", "  "},
    {"年", "年", "年度", "月"},
    {"", "本级"},
    {"政府信息公开", "政务公开", "信息公开", "公开"},
    {"", "工作"},
    {"", "年度"},
    {"报告", "年报", "报"},
    {"", "", "》", "的通知", "有关", "，", "发布"}
  };

  @Test
  void the_title_in_text_pattern_finds_what_find_finds_on_random_text() {
    Random random = new Random(28);
    AnchoredPattern p = MetadataExtractor.AGENCY_OF_TITLE_IN_TEXT;
    int matches = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      int titles = random.nextInt(4);
      for (int j = 0; j < titles; j++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
        for (String[] slot : TITLE_SLOTS) {
          b.append(slot[random.nextInt(slot.length)]);
        }
      }
      matches += sameAsFind(p, b.toString());
    }
    assertThat(matches).isGreaterThan(200); // the random texts do exercise the pattern
  }

  @Test
  void long_runs_of_han_before_the_literal_and_supplementary_characters() {
    String key =
        "𠀀".repeat(19)
            + "金县人民政府网站，可在"
            + "𠀁".repeat(24)
            + "门户网站查看，"
            + "𠀂".repeat(9)
            + "区政务微博，"
            + "𠀃".repeat(8)
            + "街道办事处";
    for (AnchoredPattern p : MetadataExtractor.PLACE_IN_TEXT) {
      List<String> fast = new ArrayList<>();
      p.groupOne(key, key, fast);
      assertThat(fast).as(p.pattern().pattern()).isEqualTo(p.groupOnePlain(key, key));
    }
    List<String> all = new ArrayList<>();
    for (AnchoredPattern p : MetadataExtractor.PLACE_IN_TEXT) {
      p.groupOne(key, key, all);
    }
    assertThat(all)
        .contains(
            "𠀀".repeat(19) + "金县人民政府",
            "𠀁".repeat(24),
            "𠀂".repeat(9) + "区",
            "𠀃".repeat(8) + "街道");
  }
}
