package org.nianbao.analysis;

import com.ibm.icu.text.Transliterator;

/**
 * Character-level folding applied before every analysis and by the exact-match oracle: full-width
 * ASCII to half-width, the ideographic space to a space, ASCII upper to lower case, and
 * traditional Chinese characters to simplified ones (ICU's {@code Traditional-Simplified}
 * transform, restricted to one-to-one character mappings so text length and offsets never
 * change).
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
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    addHan(t, t2s, 0x3400, 0x4DBF);
    addHan(t, t2s, 0x4E00, 0x9FFF);
    addHan(t, t2s, 0xF900, 0xFAFF);
    return t;
  }

  private static void addHan(char[] t, Transliterator t2s, int from, int to) {
    for (int c = from; c <= to; c++) {
      String s = String.valueOf((char) c);
      String r = t2s.transliterate(s);
      if (r.length() == 1 && r.charAt(0) != c && !Character.isSurrogate(r.charAt(0))) {
        t[c] = r.charAt(0);
      }
    }
  }
}
