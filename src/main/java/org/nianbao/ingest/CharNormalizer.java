package org.nianbao.ingest;

import java.util.regex.Pattern;

/**
 * Character- and line-level clean-up that does not depend on neighbouring lines: line endings,
 * odd spaces, invisible characters, full-width forms, docx artifacts, stray spaces between CJK
 * characters and number labels such as {@code (一)} or {@code ㈠}.
 */
final class CharNormalizer {
  private CharNormalizer() {}

  private static final String CJK = "\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’…—";
  private static final Pattern DOCX_ARTIFACT =
      Pattern.compile("\\[(?:bookmark|image|picture):[^\\]\\n]*\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern MARKDOWN_BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");
  private static final Pattern SPACE_BETWEEN_CJK =
      Pattern.compile("(?<=[" + CJK + "]) +(?=[" + CJK + "])");
  private static final Pattern SPACE_AFTER_NUMBER =
      Pattern.compile("(?<=\\d) +(?=[\\p{IsHan}])");
  private static final Pattern SPACE_BEFORE_NUMBER =
      Pattern.compile("(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]) +(?=\\d[\\d.]*[\\p{IsHan}%])");
  private static final Pattern PAREN_LABEL =
      Pattern.compile("[(（]\\s*(" + LinePatterns.CN_NUM + "{1,3})\\s*[)）] *");
  private static final Pattern CN_LABEL_DOT =
      Pattern.compile("^(" + LinePatterns.CN_NUM + "{1,3})\\s*[.．]\\s*(?=[\\p{IsHan}])");
  private static final Pattern CN_LABEL_SPACE =
      Pattern.compile("^(" + LinePatterns.CN_NUM + "{1,3})\\s*、\\s*");
  private static final Pattern DIGIT_LABEL = Pattern.compile("^(\\d{1,2})\\s*[.．]\\s*(?=\\D)");
  private static final Pattern DIGIT_LABEL_COMMA = Pattern.compile("^(\\d{1,2})\\s*、\\s*");
  private static final Pattern PAGE_FOOTER =
      Pattern.compile(
          "^([-—–－―_~]+\\s*\\d{1,4}\\s*[-—–－―_~]+"
              + "|第\\s*\\d{1,4}\\s*页(\\s*[,，/／]?\\s*共\\s*\\d{1,4}\\s*页)?"
              + "|共\\s*\\d{1,4}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,4}\\s*页)$");
  private static final Pattern SEPARATOR = Pattern.compile("^[-—–=_|+*~·.。 ]{3,}$");

  /**
   * Whole-text normalisation: CRLF/CR to LF, U+3000/NBSP/other spaces to a space, invisible
   * characters and stray control characters removed, full-width digits and letters to ASCII,
   * enclosed numbers ㈠…㈩ to （一）…（十）, docx artifacts such as {@code [bookmark: _GoBack]}
   * removed. Tabs are kept (they separate table cells).
   */
  static String normalizeChars(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029') {
        out.append('\n');
      } else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
          || c == '\u202F' || c == '\u205F') {
        out.append(' ');
      } else if ((c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF'
          || c == '\u00AD' || Character.isISOControl(c)) {
        // invisible or control: drop
      } else if ((c >= '\uFF10' && c <= '\uFF19') || (c >= '\uFF21' && c <= '\uFF3A')
          || (c >= '\uFF41' && c <= '\uFF5A')) {
        out.append((char) (c - 0xFEE0));
      } else if (c >= '\u3220' && c <= '\u3229') {
        out.append('（').append("一二三四五六七八九十".charAt(c - '\u3220')).append('）');
      } else {
        out.append(c);
      }
    }
    return DOCX_ARTIFACT.matcher(out).replaceAll("");
  }

  /** Trims a physical line and strips markdown heading/bold markers left by OCR tools. */
  static String trimLine(String line) {
    String s = line.strip();
    s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
    var bold = MARKDOWN_BOLD.matcher(s);
    if (bold.matches()) {
      s = bold.group(1).strip();
    }
    return s;
  }

  /** Page footers such as {@code - 4 -}, {@code — 3 —}, {@code 第 2 页 共 8 页}. */
  static boolean isPageFooter(String line) {
    return PAGE_FOOTER.matcher(line).matches();
  }

  /** Rules made of dashes, equals signs, pipes … (markdown table separators and the like). */
  static boolean isSeparator(String line) {
    return SEPARATOR.matcher(line).matches();
  }

  /**
   * Spacing and label clean-up of one logical line: stray spaces between CJK characters removed
   * (kept in table header rows, where they separate cells), spaces between numbers and CJK units
   * removed ({@code 2021 年} → {@code 2021年}), {@code (一) } → {@code （一）}, {@code 一. } →
   * {@code 一、}, {@code 1. 属于} → {@code 1.属于}, runs of spaces collapsed.
   */
  static String cleanLine(String line) {
    String s = line.replaceAll(" {2,}", " ").strip();
    s = PAREN_LABEL.matcher(s).replaceAll("（$1）");
    s = CN_LABEL_DOT.matcher(s).replaceFirst("$1、");
    s = CN_LABEL_SPACE.matcher(s).replaceFirst("$1、");
    s = DIGIT_LABEL.matcher(s).replaceFirst("$1.");
    s = DIGIT_LABEL_COMMA.matcher(s).replaceFirst("$1、");
    if (!LinePatterns.isTableHeaderRow(s)) {
      s = SPACE_BETWEEN_CJK.matcher(s).replaceAll("");
    }
    s = SPACE_AFTER_NUMBER.matcher(s).replaceAll("");
    s = SPACE_BEFORE_NUMBER.matcher(s).replaceAll("");
    return s.strip();
  }
}
