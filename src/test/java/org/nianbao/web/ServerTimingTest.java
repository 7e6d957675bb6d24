package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServerTimingTest {
  @Test
  void durations_are_milliseconds_with_three_decimals() {
    assertThat(ServerTiming.of("search", 3_421_400L, "json", 207_000L))
        .isEqualTo("search;dur=3.421, json;dur=0.207");
    assertThat(ServerTiming.of("search", 12_000_000_000L, "json", 499L))
        .isEqualTo("search;dur=12000.000, json;dur=0.000");
  }

  @Test
  void a_clock_going_backwards_reads_zero() {
    assertThat(ServerTiming.of("search", -5L, "json", 1_000L))
        .isEqualTo("search;dur=0.000, json;dur=0.001");
  }
}
