package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchLimiterTest {

  @Test
  void large_pages_and_long_alternations_go_to_the_heavy_lane() {
    assertThat(SearchLimiter.isHeavy("500", "微信")).isTrue();
    assertThat(SearchLimiter.isHeavy("51", null)).isTrue();
    assertThat(SearchLimiter.isHeavy("50", "微信")).isFalse();
    assertThat(SearchLimiter.isHeavy(null, "微信 抖音 -微博")).isFalse();
    assertThat(SearchLimiter.isHeavy("x", "微信")).isFalse();
    assertThat(SearchLimiter.isHeavy(null, "一 OR 二 OR 三 OR 四 OR 五 OR 六 OR 七 OR 八")).isFalse();
    assertThat(SearchLimiter.isHeavy(null, "一 OR 二 OR 三 OR 四 OR 五 OR 六 OR 七 OR 八 OR 九")).isTrue();
    assertThat(SearchLimiter.isHeavy(null, "一|二|三|四｜五|六|七|八|九")).isTrue();
  }
}
