package org.nianbao.search.lucene.query;

/**
 * Character-level folding of what a user typed: full-width letters, digits and operators to
 * half-width ({@code （）｜－＋：～} become {@code ()|-+:~}), every Chinese quote to {@code "}, and
 * control, format (zero-width, BOM), unpaired surrogate and other invisible characters to spaces.
 */
final class SearchBoxText {
  private SearchBoxText() {}

  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
        continue;
      }
      switch (c) {
        case '“', '”', '„', '‟', '「', '」', '『', '』', '〝', '〞', '〟', '″' -> sb.append('"');
        case '¦' -> sb.append('|');
        case '–', '−' -> sb.append('-');
        case '〜' -> sb.append('~');
        default -> {
          int type = Character.getType(c);
          boolean invisible =
              type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.SURROGATE
                  || type == Character.UNASSIGNED
                  || type == Character.PRIVATE_USE
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR
                  || type == Character.SPACE_SEPARATOR;
          sb.append(invisible ? ' ' : c);
        }
      }
    }
    return sb.toString();
  }

  /**
   * True when {@code text} holds a character the index can find: a Han character, letter or digit.
   */
  static boolean searchable(String text) {
    return text.codePoints()
        .anyMatch(cp -> Character.isLetterOrDigit(cp) || Character.isIdeographic(cp));
  }
}
