package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** {@link UnitCounts#count} (set bits in a range, word by word) against a bit-by-bit count. */
class UnitCountsRangeTest {
  @Test
  void counts_the_set_bits_of_every_range() {
    Random rnd = new Random(3);
    int checked = 0;
    for (int len : new int[] {1, 63, 64, 65, 130, 1000}) {
      for (double density : new double[] {0, 0.1, 0.5, 1}) {
        FixedBitSet bits = new FixedBitSet(len);
        for (int i = 0; i < len; i++) {
          if (rnd.nextDouble() < density) {
            bits.set(i);
          }
        }
        for (int k = 0; k < 300; k++) {
          int from = rnd.nextInt(len + 1);
          int to = from + rnd.nextInt(len - from + 1);
          int expected = 0;
          for (int i = from; i < to; i++) {
            expected += bits.get(i) ? 1 : 0;
          }
          assertThat(UnitCounts.count(bits, from, to))
              .as("%d..%d of %d", from, to, len)
              .isEqualTo(expected);
          checked++;
        }
        assertThat(UnitCounts.count(bits, 0, len)).isEqualTo(bits.cardinality());
      }
    }
    assertThat(checked).isEqualTo(7200);
  }
}
