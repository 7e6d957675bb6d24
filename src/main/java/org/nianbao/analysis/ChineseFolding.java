package org.nianbao.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Character-level folding applied before every analysis and by the exact-match oracle: full-width
 * ASCII to half-width, the ideographic space to a space, ASCII upper to lower case, and traditional
 * Chinese characters to simplified ones (ICU's {@code Traditional-Simplified} transform, restricted
 * to one-to-one character mappings so text length and offsets never change).
 */
public final class ChineseFolding {

  private static final char[] TABLE = buildTable();

  private ChineseFolding() {}

  /** Folds one UTF-16 unit; surrogates and unmapped characters are returned unchanged. */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** Folds a whole string; the result always has the same length as the input. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = TABLE[s.charAt(i)];
    }
    return new String(out);
  }

  /** Folds {@code buf[off, off+len)} in place. */
  public static void foldInPlace(char[] buf, int off, int len) {
    for (int i = off, end = off + len; i < end; i++) {
      buf[i] = TABLE[buf[i]];
    }
  }

  private static char[] buildTable() {
    char[] t = new char[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      t[c] = (char) c;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      t[c] = (char) (c + ('a' - 'A'));
    }
    for (int c = 0xFF01; c <= 0xFF5E; c++) { // full-width ASCII variants
      char ascii = (char) (c - 0xFEE0);
      t[c] = t[ascii];
    }
    t[0x3000] = ' ';
    for (String line : mappingLines()) {
      if (line.length() == 2 && line.charAt(0) != '#') {
        t[line.charAt(0)] = line.charAt(1);
      }
    }
    return t;
  }

  /** The traditional-to-simplified pairs, generated from ICU (see {@code TABLE_RESOURCE}). */
  static java.util.List<String> mappingLines() {
    try (var in = ChineseFolding.class.getResourceAsStream(TABLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE_RESOURCE);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .lines()
          .toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * One-to-one BMP mappings of ICU's {@code Traditional-Simplified} transform for the CJK blocks,
   * precomputed because computing them at start-up takes over a second (a test keeps the file in
   * sync with ICU).
   */
  static final String TABLE_RESOURCE = "traditional-simplified.txt";

  /** Computes the pairs from ICU, as stored in {@link #TABLE_RESOURCE}. */
  static java.util.List<String> computeMappingsFromIcu() {
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    java.util.List<String> out = new java.util.ArrayList<>();
    int[][] ranges = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (int[] r : ranges) {
      for (int c = r[0]; c <= r[1]; c++) {
        String mapped = t2s.transliterate(String.valueOf((char) c));
        if (mapped.length() == 1
            && mapped.charAt(0) != c
            && !Character.isSurrogate(mapped.charAt(0))) {
          out.add("" + (char) c + mapped.charAt(0));
        }
      }
    }
    return out;
  }
}
