package org.nianbao.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits table text into alternating runs of label text and numbers, whatever the layout: one row
 * per line, one cell per line, tab- or pipe-separated cells, vertical headers one character per
 * line, labels wrapped over lines. Label text is concatenated without spaces; numbers followed by
 * a unit ({@code 3 件}) belong to prose and stay label text; page footers ({@code - 4 -}) are
 * dropped.
 */
final class Tokens {

  /** A run: label text ({@code numbers} empty) or numbers ({@code label} empty). */
  record Run(String label, List<String> numbers) {
    boolean isNumbers() {
      return !numbers.isEmpty();
    }
  }

  private static final Pattern NUMBER =
      Pattern.compile("[+\\-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");
  private static final Pattern PAGE_FOOTER =
      Pattern.compile("^\\s*(?:[-—–－―_~]+\\s*\\d{1,4}\\s*[-—–－―_~]+|第\\s*\\d{1,4}\\s*页.*)\\s*$");
  /** A digit glued to the end of label text: {@code 数量21} → {@code 数量 21}. */
  private static final Pattern GLUED_NUMBER =
      Pattern.compile("(?<=[\\p{IsHan}）)”\"])(?=[+\\-]?\\d+(?:\\.\\d+)?(?:\\s|$))");
  private static final Pattern SEPARATORS = Pattern.compile("[\\t|｜\\u3000\\u00a0]");
  private static final String UNITS = "件条个次家人万元%％项名";

  private Tokens() {}

  static List<Run> runs(String text) {
    List<Run> runs = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    List<String> numbers = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (PAGE_FOOTER.matcher(line).matches()) {
        continue;
      }
      String spaced = GLUED_NUMBER.matcher(SEPARATORS.matcher(line).replaceAll(" ")).replaceAll(" ");
      String[] tokens = spaced.strip().split("\\s+");
      for (int t = 0; t < tokens.length; t++) {
        String token = tokens[t];
        if (token.isEmpty()) {
          continue;
        }
        boolean unitFollows =
            t + 1 < tokens.length && UNITS.indexOf(tokens[t + 1].charAt(0)) >= 0;
        if (NUMBER.matcher(token).matches() && !unitFollows) {
          if (!label.isEmpty()) {
            runs.add(new Run(label.toString(), List.of()));
            label.setLength(0);
          }
          numbers.add(token.replace(",", ""));
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

  /**
   * Label text made comparable: ASCII parentheses to full-width, {@code 1、}/{@code 1．} to
   * {@code 1.}, no spaces.
   */
  static String normalizeLabel(String label) {
    return label
        .replace('(', '（')
        .replace(')', '）')
        .replaceAll("(\\d)\\s*[、．,，]", "$1.")
        .replaceAll("\\s+", "");
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
