package org.nianbao.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits table text into alternating runs of label text and numbers, whatever the layout: one row
 * per line, one cell per line, tab- or pipe-separated cells, vertical headers one character per
 * line, labels wrapped over lines. Label text is concatenated without spaces; numbers followed by a
 * unit ({@code 3 件}) belong to prose and stay label text; page footers ({@code - 4 -}) are dropped.
 */
final class Tokens {

  /** A run: label text ({@code numbers} empty) or numbers ({@code label} empty). */
  record Run(String label, List<String> numbers) {
    boolean isNumbers() {
      return !numbers.isEmpty();
    }
  }

  private static final Pattern PAGE_FOOTER =
      Pattern.compile("^\\s*(?:[-—–－―_~]+\\s*\\d{1,4}\\s*[-—–－―_~]+|第\\s*\\d{1,4}\\s*页.*)\\s*$");
  private static final int MAX_FOOTER_CHARS = 40;
  private static final String UNITS = "件条个次家人万元%％项名";

  /** Characters after which a glued number is split off: {@code 数量21} → {@code 数量 21}. */
  private static final String GLUE_AFTER = "）)”\"";

  private Tokens() {}

  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    List<String> numbers = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = text.substring(lineStart, lineEnd);
      lineStart = lineEnd + 1;
      if (line.length() <= MAX_FOOTER_CHARS && PAGE_FOOTER.matcher(line).matches()) {
        continue;
      }
      tokens.clear();
      split(line, tokens);
      for (int t = 0; t < tokens.size(); t++) {
        String token = tokens.get(t);
        boolean unitFollows =
            t + 1 < tokens.size() && UNITS.indexOf(tokens.get(t + 1).charAt(0)) >= 0;
        if (isNumber(token, 0) && !unitFollows) {
          if (!label.isEmpty()) {
            runs.add(new Run(label.toString(), List.of()));
            label.setLength(0);
          }
          numbers.add(token.indexOf(',') >= 0 ? token.replace(",", "") : token);
        } else {
          if (!numbers.isEmpty()) {
            runs.add(new Run("", List.copyOf(numbers)));
            numbers.clear();
          }
          label.append(token);
        }
      }
    }
    if (!label.isEmpty()) {
      runs.add(new Run(label.toString(), List.of()));
    }
    if (!numbers.isEmpty()) {
      runs.add(new Run("", List.copyOf(numbers)));
    }
    return runs;
  }

  /** Splits a line at spaces, tabs and pipes; a number glued to label text becomes a token. */
  private static void split(String line, List<String> tokens) {
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean separator = i == line.length() || isSeparator(line.charAt(i));
      if (separator && start >= 0) {
        addToken(line.substring(start, i), tokens);
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == '|' || c == '｜' || c == '\u3000' || c == '\u00a0';
  }

  private static void addToken(String token, List<String> tokens) {
    if (!isNumber(token, 0)) {
      int at = numericSuffix(token);
      if (at > 0) {
        char before = token.charAt(at - 1);
        if (Character.isIdeographic(before) || GLUE_AFTER.indexOf(before) >= 0) {
          tokens.add(token.substring(0, at));
          tokens.add(token.substring(at));
          return;
        }
      }
    }
    tokens.add(token);
  }

  /** Where the longest number at the end of {@code token} starts, or -1. */
  private static int numericSuffix(String token) {
    int i = token.length();
    while (i > 0 && Character.isDigit(token.charAt(i - 1)) && token.charAt(i - 1) < 128) {
      i--;
    }
    if (i == token.length()) {
      return -1;
    }
    if (i >= 2 && token.charAt(i - 1) == '.' && isAsciiDigit(token.charAt(i - 2))) {
      int j = i - 1;
      while (j > 0 && isAsciiDigit(token.charAt(j - 1))) {
        j--;
      }
      i = j;
    }
    if (i > 0 && (token.charAt(i - 1) == '+' || token.charAt(i - 1) == '-')) {
      i--;
    }
    return isNumber(token, i) ? i : -1;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code s[from…]} is {@code [+-]?digits(,ddd)*(.digits)?}. */
  static boolean isNumber(String s, int from) {
    int i = from;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    int group = -1; // digits since the last comma, -1 before any comma
    while (i < n && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == ',')) {
      if (s.charAt(i) == ',') {
        if (digits == 0 || (group >= 0 && group != 3) || (group < 0 && digits > 3)) {
          return false;
        }
        group = 0;
      } else {
        digits++;
        if (group >= 0) {
          group++;
        }
      }
      i++;
    }
    if (digits == 0 || (group >= 0 && group != 3)) {
      return false;
    }
    if (i < n && s.charAt(i) == '.') {
      i++;
      int fraction = 0;
      while (i < n && isAsciiDigit(s.charAt(i))) {
        i++;
        fraction++;
      }
      if (fraction == 0) {
        return false;
      }
    }
    return i == n;
  }

  /**
   * Label text made comparable: ASCII parentheses to full-width, {@code 1、}/{@code 1．} to {@code
   * 1.}, no spaces.
   */
  static String normalizeLabel(String label) {
    StringBuilder sb = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '(') {
        c = '（';
      } else if (c == ')') {
        c = '）';
      } else if ((c == '、' || c == '．' || c == ',' || c == '，')
          && !sb.isEmpty()
          && isAsciiDigit(sb.charAt(sb.length() - 1))) {
        c = '.';
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Parses a number token: an Integer, or a BigDecimal when {@code decimal} or it has a point. */
  static Number value(String token, boolean decimal) {
    String t = token.startsWith("+") ? token.substring(1) : token;
    if (decimal || t.contains(".")) {
      return new java.math.BigDecimal(t);
    }
    try {
      return Integer.valueOf(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
