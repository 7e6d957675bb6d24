package org.nianbao.ingest;

import java.util.regex.Pattern;

/**
 * Character- and line-level clean-up that does not depend on neighbouring lines: line endings, odd
 * spaces, invisible characters, full-width forms, docx artifacts, stray spaces between CJK
 * characters and number labels such as {@code (一)} or {@code ㈠}.
 */
final class CharNormalizer {
  private CharNormalizer() {}

  private static final Pattern DOCX_ARTIFACT =
      Pattern.compile("\\[(?:bookmark|image|picture):[^\\]\\n]*\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern MARKDOWN_BOLD = Pattern.compile("^\\*\\*(.+)\\*\\*$");
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
  private static final String SEPARATOR_CHARS = "-—–=_|+*~·.。 ";
  private static final Pattern SEPARATOR = Pattern.compile("^[-—–=_|+*~·.。 ]{3,}$");
  private static final Pattern SPACE_RUN = Pattern.compile(" {2,}");

  /** No page footer is longer than this ({@code 第 1234 页 , 共 1234 页} with spaces). */
  private static final int MAX_FOOTER_CHARS = 40;

  /**
   * Whole-text normalisation: CRLF/CR to LF, U+3000/NBSP/other spaces to a space, invisible
   * characters and stray control characters removed, full-width digits and letters to ASCII,
   * enclosed numbers ㈠…㈩ to （一）…（十）, docx artifacts such as {@code [bookmark: _GoBack]} removed.
   * Tabs are kept (they separate table cells).
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
      } else if (c == '\u3000'
          || c == '\u00A0'
          || (c >= '\u2000' && c <= '\u200A')
          || c == '\u202F'
          || c == '\u205F') {
        out.append(' ');
      } else if ((c >= '\u200B' && c <= '\u200D')
          || c == '\u2060'
          || c == '\uFEFF'
          || c == '\u00AD'
          || Character.isISOControl(c)) {
        // invisible or control: drop
      } else if ((c >= '\uFF10' && c <= '\uFF19')
          || (c >= '\uFF21' && c <= '\uFF3A')
          || (c >= '\uFF41' && c <= '\uFF5A')) {
        out.append((char) (c - 0xFEE0));
      } else if (c >= '\u3220' && c <= '\u3229') {
        out.append('（').append("一二三四五六七八九十".charAt(c - '\u3220')).append('）');
      } else {
        out.append(c);
      }
    }
    return out.indexOf("[") < 0 ? out.toString() : DOCX_ARTIFACT.matcher(out).replaceAll("");
  }

  /**
   * Removes each run of spaces that sits between two CJK characters (when {@code betweenCjk}),
   * after a digit and before a Han character ({@code 2021 年}), or after a Han/CJK punctuation
   * character and before a number that runs into a Han character or {@code %} ({@code 共 80条}).
   */
  static String dropStraySpaces(String s, boolean betweenCjk) {
    // two passes, as the look-ahead of the third rule must see the result of the first two
    String first = dropSpaces(s, betweenCjk, false);
    return first.indexOf(' ') < 0 ? first : dropSpaces(first, false, true);
  }

  private static String dropSpaces(String s, boolean betweenCjk, boolean beforeNumber) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (c != ' ' || i == 0) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < n && s.charAt(end) == ' ') {
        end++;
      }
      boolean drop = false;
      if (end < n) {
        int before = s.codePointBefore(i);
        int after = s.codePointAt(end);
        drop =
            beforeNumber
                ? (isHan(before) || isCjkPunctOrFullWidth(before)) && numberRunsIntoHan(s, end)
                : (betweenCjk && isCjk(before) && isCjk(after))
                    || (isAsciiDigit(before) && isHan(after));
      }
      if (!drop) {
        out.append(s, i, end);
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHan(int c) {
    return c >= 0x4E00 && c <= 0x9FFF
        || (c >= 0x3400 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  private static boolean isCjkPunctOrFullWidth(int c) {
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
  }

  private static boolean isCjk(int c) {
    return isHan(c) || isCjkPunctOrFullWidth(c) || "“”‘’…—".indexOf(c) >= 0;
  }

  /** {@code \d[\d.]*[\p{IsHan}%]} at {@code from}. */
  private static boolean numberRunsIntoHan(String s, int from) {
    if (from >= s.length() || !isAsciiDigit(s.charAt(from))) {
      return false;
    }
    int k = from + 1;
    while (k < s.length() && (isAsciiDigit(s.charAt(k)) || s.charAt(k) == '.')) {
      k++;
    }
    return k < s.length() && (s.charAt(k) == '%' || isHan(s.codePointAt(k)));
  }

  /** Trims a physical line and strips markdown heading/bold markers left by OCR tools. */
  static String trimLine(String line) {
    String s = line.strip();
    if (s.startsWith("#")) {
      s = MARKDOWN_HEADING.matcher(s).replaceFirst("");
    }
    if (s.startsWith("**")) {
      var bold = MARKDOWN_BOLD.matcher(s);
      if (bold.matches()) {
        s = bold.group(1).strip();
      }
    }
    return s;
  }

  /** Page footers such as {@code - 4 -}, {@code — 3 —}, {@code 第 2 页 共 8 页}. */
  static boolean isPageFooter(String line) {
    return line.length() <= MAX_FOOTER_CHARS && PAGE_FOOTER.matcher(line).matches();
  }

  /** Rules made of dashes, equals signs, pipes … (markdown table separators and the like). */
  static boolean isSeparator(String line) {
    return line.length() >= 3
        && SEPARATOR_CHARS.indexOf(line.charAt(0)) >= 0
        && SEPARATOR.matcher(line).matches();
  }

  /**
   * Spacing and label clean-up of one logical line: stray spaces between CJK characters removed
   * (kept in table header rows, where they separate cells), spaces between numbers and CJK units
   * removed ({@code 2021 年} → {@code 2021年}), {@code (一) } → {@code （一）}, {@code 一. } → {@code 一、},
   * {@code 1. 属于} → {@code 1.属于}, runs of spaces collapsed.
   */
  static String cleanLine(String line) {
    // each rule runs only when its trigger character is present: this is the parser's hot path
    String s = line.contains("  ") ? SPACE_RUN.matcher(line).replaceAll(" ").strip() : line.strip();
    if (s.indexOf('(') >= 0 || s.indexOf('（') >= 0) {
      s = PAREN_LABEL.matcher(s).replaceAll("（$1）");
    }
    char first = s.isEmpty() ? ' ' : s.charAt(0);
    if (LinePatterns.CN_DIGITS.indexOf(first) >= 0) {
      s = CN_LABEL_DOT.matcher(s).replaceFirst("$1、");
      s = CN_LABEL_SPACE.matcher(s).replaceFirst("$1、");
    } else if (first >= '0' && first <= '9') {
      s = DIGIT_LABEL.matcher(s).replaceFirst("$1.");
      s = DIGIT_LABEL_COMMA.matcher(s).replaceFirst("$1、");
    }
    if (s.indexOf(' ') >= 0) {
      s = dropStraySpaces(s, !LinePatterns.isTableHeaderRow(s));
    }
    return s.strip();
  }
}
