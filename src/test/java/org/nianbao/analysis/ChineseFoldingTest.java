package org.nianbao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseFoldingTest {

  @Test
  void table_matches_icu() {
    var stored = ChineseFolding.mappingLines().stream().filter(l -> !l.startsWith("#")).toList();
    assertThat(stored).isEqualTo(ChineseFolding.computeMappingsFromIcu());
  }

  @Test
  void folds_traditional_full_width_and_case_keeping_length() {
    assertThat(ChineseFolding.fold("政府資訊公開ＡＢＣ　１２３Xy")).isEqualTo("政府资讯公开abc 123xy");
    assertThat(ChineseFolding.fold("𠀀")).isEqualTo("𠀀");
  }
}
