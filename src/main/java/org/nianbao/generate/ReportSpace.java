package org.nianbao.generate;

/**
 * Maps a report index to its (place, agency kind, year) with a seeded bijection, so that the first
 * {@link #SIZE} indices give every combination exactly once and any prefix is spread evenly over
 * places, agencies and years.
 *
 * <p>The bijection is a 4-round Feistel network on 22-bit values with cycle walking (values ≥
 * {@link #SIZE} are permuted again until they fall inside the domain). Pure and thread-safe.
 */
public final class ReportSpace {

  /** First reporting year. */
  public static final int FIRST_YEAR = 2014;

  /** Number of reporting years (2014–2025). */
  public static final int YEARS = 12;

  /** Number of distinct (place, agency, year) combinations. */
  public static final int SIZE = Places.COUNT * Agencies.COUNT * YEARS;

  private static final int HALF_BITS = 11;
  private static final int HALF_MASK = (1 << HALF_BITS) - 1;
  private static final int ROUNDS = 4;

  /** One combination: indices into {@link Places} and {@link Agencies}, and the year. */
  public record Slot(int place, int kind, int year) {}

  private final long[] keys = new long[ROUNDS];

  public ReportSpace(long seed) {
    for (int r = 0; r < ROUNDS; r++) {
      keys[r] = Mix.mix64(seed * 0x9E3779B97F4A7C15L + r + 1);
    }
  }

  /** The combination of report {@code index} (0 ≤ index < {@link #SIZE}). */
  public Slot slot(long index) {
    if (index < 0 || index >= SIZE) {
      throw new IllegalArgumentException("report index out of range: " + index);
    }
    int v = (int) index;
    do {
      v = permute(v);
    } while (v >= SIZE);
    int year = v % YEARS;
    v /= YEARS;
    int kind = v % Agencies.COUNT;
    int place = v / Agencies.COUNT;
    return new Slot(place, kind, FIRST_YEAR + year);
  }

  private int permute(int v) {
    int left = v >>> HALF_BITS;
    int right = v & HALF_MASK;
    for (long key : keys) {
      int next = left ^ (int) (Mix.mix64(key ^ right) & HALF_MASK);
      left = right;
      right = next;
    }
    return (left << HALF_BITS) | right;
  }
}
