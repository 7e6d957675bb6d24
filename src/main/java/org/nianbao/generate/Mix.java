package org.nianbao.generate;

import java.util.SplittableRandom;

/** Seed mixing shared by the generator: every random choice for report i derives from (seed, i). */
final class Mix {
  private Mix() {}

  /** Stafford's variant 13 finalizer (as in {@link SplittableRandom}): a good 64-bit mix. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The random source of report {@code index} under {@code seed}. */
  static SplittableRandom random(long seed, long index) {
    return new SplittableRandom(mix64(mix64(seed ^ 0x5DEECE66DL) + index));
  }
}
