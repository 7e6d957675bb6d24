package org.nianbao.ingest;

import java.util.regex.Pattern;

/** Shared predicates over single lines of report text (labels, numbers, punctuation, width). */
final class LinePatterns {
  private LinePatterns() {}

  static final String CN_NUM = "[一二三四五六七八九十]";

  /** The characters of {@link #CN_NUM}. */
  static final String CN_DIGITS = "一二三四五六七八九十";

  /** 一、 一. 一． at the start, the usual top-level heading label. */
  static final Pattern CN_LABEL = Pattern.compile("^" + CN_NUM + "{1,3}\\s*[、.．]");

  /** （一） or (一) at the start, the usual subsection label. */
  static final Pattern PAREN_LABEL = Pattern.compile("^[（(]\\s*" + CN_NUM + "{1,3}\\s*[）)]");

  /** 1. 1、 1． (not 3.5), （1） ① 第一章 … at the start. */
  private static final Pattern OTHER_LABEL =
      Pattern.compile(
          "^(\\d{1,2}\\s*[.、．](?!\\d)|[（(]\\d{1,2}[）)]|[\\u2460-\\u2473]"
              + "|第[一二三四五六七八九十百\\d]{1,4}[章节部分])");

  private static final Pattern BARE_LABEL =
      Pattern.compile("^(" + CN_NUM + "{1,3}\\s*[、.．]|[（(]" + CN_NUM + "{1,3}[）)]|\\d{1,2}[.、．])$");

  /** Anchors of the standard statistics tables: always start a new line. */
  private static final Pattern TABLE_ANCHOR =
      Pattern.compile("^(信息内容|申请人情况|行政复议|未经复议|[（(]本列数据|第[一二三四五六七八九十]{1,4}条第)");

  /** Table lines that are complete by themselves: nothing is joined onto them. */
  private static final Pattern COMPLETE_LINE =
      Pattern.compile(
          "^(信息内容.*|申请人情况|第[一二三四五六七八九十]{1,4}条第[（(]"
              + CN_NUM
              + "{1,3}[）)]项|行政复议\\s*行政诉讼|未经复议直接起诉\\s*复议后起诉)$");

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,%]*");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern PARENTHESISED = Pattern.compile("[（(][^（()）]*[）)]");
  private static final Pattern SENTENCE_PUNCT = Pattern.compile("[，。；：,;！？]");
  private static final Pattern NONE_LIKE = Pattern.compile("^(无|暂无|没有|略|无此项)[。.]?$");

  private static final String TERMINAL = "。！？：!?:…";
  private static final String CLOSERS = "）)”’》」』】]";

  /**
   * Ends a sentence (。！？：…), ignoring closing brackets and quotes after it. A semicolon does not
   * count: extraction wraps enumerations (一是…；二是…) at semicolons inside one paragraph.
   */
  static boolean isTerminal(CharSequence line) {
    int i = line.length() - 1;
    while (i >= 0 && CLOSERS.indexOf(line.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && TERMINAL.indexOf(line.charAt(i)) >= 0;
  }

  private static boolean hasInnerWhitespace(String line) {
    String t = line.strip();
    for (int i = 0; i < t.length(); i++) {
      if (Character.isWhitespace(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Only numbers separated by spaces: {@code 0 0 0}, {@code 17 +2 19}. */
  static boolean isNumbersOnly(String line) {
    String t = line.strip();
    if (t.isEmpty() || !startsNumber(t.charAt(0))) { // most lines: the first token is no number
      return false;
    }
    String[] tokens = WHITESPACE.split(t);
    return trailingNumbers(tokens) == tokens.length;
  }

  /** Whether {@link #NUMBER} can start with {@code c}. */
  private static boolean startsNumber(char c) {
    return c == '-' || c == '+' || c >= '0' && c <= '9';
  }

  /**
   * A table row: a label followed by numeric cells ({@code 规章 0 0 0}). Prose that happens to end in
   * one number ({@code 主动公开基本目录 1}) is not a row: it needs two numbers or no punctuation. (Token
   * scan rather than a regex: rows can be very long.)
   */
  static boolean endsWithNumericCells(String line) {
    if (!hasInnerWhitespace(line)) {
      return false; // a single token cannot be a label followed by two or more cells
    }
    String[] tokens = WHITESPACE.split(line.strip());
    int cells = trailingNumbers(tokens);
    if (cells == 0 || tokens[0].isEmpty()) {
      return false;
    }
    if (cells == tokens.length) {
      return cells >= 2;
    }
    String label =
        String.join(" ", java.util.Arrays.asList(tokens).subList(0, tokens.length - cells));
    return cells >= 2 || !SENTENCE_PUNCT.matcher(label).find();
  }

  private static int trailingNumbers(String[] tokens) {
    int cells = 0;
    while (cells < tokens.length && NUMBER.matcher(tokens[tokens.length - 1 - cells]).matches()) {
      cells++;
    }
    return cells;
  }

  /** Starts with a numbering label of any kind (一、 （一） 1. ① 第一章 …). */
  static boolean startsWithLabel(String line) {
    return CN_LABEL.matcher(line).find()
        || PAREN_LABEL.matcher(line).find()
        || OTHER_LABEL.matcher(line).find();
  }

  /** The whole line is only a label ({@code 三、} or {@code （三）}). */
  static boolean isBareLabel(String line) {
    return BARE_LABEL.matcher(line).matches();
  }

  static boolean isTableAnchor(String line) {
    return TABLE_ANCHOR.matcher(line).find();
  }

  static boolean isCompleteLine(String line) {
    return COMPLETE_LINE.matcher(line).matches();
  }

  static boolean hasSentencePunctuation(String line) {
    for (int i = 0; i < line.length(); i++) { // SENTENCE_PUNCT, without a regex per line
      if (SENTENCE_PUNCT_CHARS.indexOf(line.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String SENTENCE_PUNCT_CHARS = "，。；：,;！？";

  /** A whole paragraph saying "none": {@code 无}, {@code 暂无。}. */
  static boolean isNoneLike(String line) {
    return NONE_LIKE.matcher(line).matches();
  }

  /**
   * A table header row: no sentence punctuation (outside brackets) and at least three
   * space-separated cells, none of them a number (or two cells of a table anchor such as {@code
   * 行政复议 行政诉讼}).
   */
  static boolean isTableHeaderRow(String line) {
    String outsideParens =
        line.indexOf('(') < 0 && line.indexOf('（') < 0
            ? line
            : PARENTHESISED.matcher(line).replaceAll("");
    if (hasSentencePunctuation(outsideParens)) {
      return false;
    }
    String[] cells = SPACES.split(line);
    for (String cell : cells) {
      if (cell.isEmpty() || Character.isDigit(cell.charAt(0))) {
        return false;
      }
    }
    return cells.length >= 3 || (cells.length == 2 && isTableAnchor(line));
  }

  /** Display width: CJK and full-width characters count 2, others 1. */
  static int width(String line) {
    int w = 0;
    for (int i = 0; i < line.length(); ) {
      int c = line.codePointAt(i);
      w += isWide(c) ? 2 : 1;
      i += Character.charCount(c);
    }
    return w;
  }

  static boolean isWide(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3FFFF)
        || (c >= 0x3000 && c <= 0x303F)
        || (c >= 0xFF00 && c <= 0xFFEF)
        || c == '“'
        || c == '”'
        || c == '‘'
        || c == '’'
        || c == '…'
        || c == '—';
  }

  /** Chinese numeral 一…九十九 to int, or -1. */
  static int chineseNumber(String s) {
    String digits = "〇一二三四五六七八九";
    if (s.isEmpty()) {
      return -1;
    }
    int ten = s.indexOf('十');
    if (ten < 0) {
      return s.length() == 1 ? digits.indexOf(s.charAt(0)) : -1;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
    int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(s.length() - 1));
    if (tens < 0 || ones < 0 || s.length() > 3) {
      return -1;
    }
    return tens * 10 + ones;
  }
}
