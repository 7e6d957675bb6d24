package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-joins lines that text extraction broke inside a sentence, a heading, a title or a table row,
 * while keeping paragraph breaks and one table row per line.
 *
 * <p>Rules, for a line P followed by a line C:
 *
 * <ul>
 *   <li>Table rows that came with tabs are complete; nothing is joined onto them.
 *   <li>A line of numbers ({@code 0 0 0}) is appended with a space to an unfinished P (the row
 *       label it belongs to, or a row whose last cells wrapped); otherwise it stays a row.
 *   <li>No join after P ends a sentence (。！？；：), after a table row, after a complete table line
 *       ({@code 信息内容 …}, {@code 第二十条第（一）项}) or after the report title.
 *   <li>No join when C starts a block: a numbering label (一、 （一） 1. ①), a table anchor, a table
 *       row, a known section title, or a one-word paragraph such as {@code 无}.
 *   <li>After a heading-like P (label, no sentence punctuation) C is joined only when P is a bare
 *       label ({@code 三、}), C is a short fragment (≤ 4 CJK characters), C leads into a row of
 *       numbers (a wrapped table row label), or P's last physical line fills the hard-wrapped line
 *       width of the file. A complete section heading ({@code 五、} + a known title, {@code 第五部分 …})
 *       never absorbs C, whatever the wrap width.
 *   <li>Otherwise (P is prose that does not end a sentence) C is joined without a space.
 * </ul>
 */
final class LineJoiner {

  enum Kind {
    TEXT,
    NUMBERS,
    ROW
  }

  /** One physical line (or one tab-separated table row) before joining. */
  record Piece(String text, Kind kind) {}

  private static final Pattern TITLE_END = Pattern.compile("(年度报告|年报|工作报告)$");
  private static final Pattern PART_HEADING =
      Pattern.compile("^第" + LinePatterns.CN_NUM + "{1,3}部分\\s*[、.．:：]?\\s*\\S");
  private static final int SHORT_FRAGMENT_WIDTH = 8;

  private final List<Piece> pieces;
  private final int wrapWidth;

  private LineJoiner(List<Piece> pieces) {
    this.pieces = pieces;
    this.wrapWidth = estimateWrapWidth(pieces);
  }

  /** Joins the pieces into logical lines; a joined line keeps the kind of its first piece. */
  static List<Piece> join(List<Piece> pieces) {
    return new LineJoiner(pieces).run();
  }

  private List<Piece> run() {
    List<Piece> out = new ArrayList<>();
    Joined current = null;
    Kind currentKind = null;
    int lastWidth = 0; // width of the last physical line in current
    boolean titleDone = false;
    for (int i = 0; i < pieces.size(); i++) {
      Piece c = pieces.get(i);
      if ((i & 1023) == 0) {
        TimedParser.checkAbandoned();
      }
      if (current != null && shouldJoin(current, currentKind, lastWidth, c, i, titleDone)) {
        current.append(separator(current.text, c), c.text());
        lastWidth = LinePatterns.width(c.text());
        if (c.kind() == Kind.NUMBERS) {
          currentKind = currentKind == Kind.NUMBERS ? Kind.NUMBERS : Kind.TEXT;
        }
        continue;
      }
      if (current != null) {
        titleDone |= flush(out, current, currentKind);
      }
      current = new Joined(c.text());
      currentKind = c.kind();
      lastWidth = LinePatterns.width(c.text());
    }
    if (current != null) {
      flush(out, current, currentKind);
    }
    return out;
  }

  /** Emits a finished line; returns true once the title zone (first lines) is over. */
  private static boolean flush(List<Piece> out, Joined line, Kind kind) {
    out.add(new Piece(line.string(), kind));
    return out.size() >= 3 || line.isTitle() || kind != Kind.TEXT;
  }

  private static String separator(CharSequence p, Piece c) {
    if (c.kind() == Kind.NUMBERS) {
      return " ";
    }
    char last = p.charAt(p.length() - 1);
    char first = c.text().charAt(0);
    return isAsciiLetter(last) && isAsciiLetter(first) ? " " : "";
  }

  /** {@code lastWidth}: width of P's last physical line (a joined P is wider than the wrap). */
  private boolean shouldJoin(
      Joined p, Kind pKind, int lastWidth, Piece c, int index, boolean titleDone) {
    if (pKind == Kind.ROW || c.kind() == Kind.ROW) {
      return false;
    }
    if (!titleDone && p.isTitle()) {
      return false;
    }
    if (LinePatterns.isTerminal(p.text) || p.isCompleteLine()) {
      return false;
    }
    if (c.kind() == Kind.NUMBERS) {
      return true;
    }
    String text = c.text();
    if (pKind == Kind.NUMBERS || p.endsWithNumericCells()) {
      return false;
    }
    if (startsBlock(text) || LinePatterns.isNoneLike(text)) {
      return false;
    }
    if (p.isHeadingLike()) {
      if (p.isSectionHeading()) {
        return false; // whatever the wrap estimate: a complete heading never absorbs a paragraph
      }
      return p.isBareLabel()
          || isShortFragment(text)
          || leadsIntoNumbers(index)
          || (wrapWidth > 0 && lastWidth >= wrapWidth - 4);
    }
    return !titleDone || !p.isTableHeaderRow();
  }

  /**
   * A logical line being joined. The rules look at P after every piece, so each check must cost
   * O(1) however long P has grown (else many short unfinished lines take quadratic time): a short P
   * is checked as a string; a P longer than {@link #LONG} chars can no longer be a title, a
   * heading, a bare label or a table header, and its remaining checks look only at its first {@link
   * #HEAD} and last {@link #TAIL} characters and at a running flag for sentence punctuation.
   */
  static final class Joined {
    static final int LONG = 400;
    private static final int HEAD = 64;
    private static final int TAIL = 100;
    private static final String SENTENCE_PUNCT = "，。；：,;！？";

    final StringBuilder text;
    private String cached; // text as a string while short; null after a change
    private String head; // the first HEAD chars once the line is longer than that
    private boolean punctuated;

    Joined(String first) {
      text = new StringBuilder(first);
      punctuated = hasSentencePunct(first);
    }

    void append(String separator, String piece) {
      text.append(separator).append(piece);
      cached = null;
      punctuated |= hasSentencePunct(piece);
    }

    String string() {
      if (cached == null) {
        cached = text.toString();
      }
      return cached;
    }

    boolean isLong() {
      return text.length() > LONG;
    }

    private String head() {
      if (head == null) {
        head = text.substring(0, Math.min(HEAD, text.length()));
      }
      return head;
    }

    boolean isTitle() {
      return !isLong() && LineJoiner.isTitle(string());
    }

    boolean isCompleteLine() {
      return isLong()
          ? head().startsWith("信息内容") // the only complete-line form that can be long
          : LinePatterns.isCompleteLine(string());
    }

    boolean endsWithNumericCells() {
      // a long line: its trailing cells and the label before them, as far as the tail shows them
      return LinePatterns.endsWithNumericCells(
          isLong() ? text.substring(text.length() - TAIL) : string());
    }

    boolean isHeadingLike() {
      return isLong()
          ? LinePatterns.startsWithLabel(head()) && !punctuated
          : LineJoiner.isHeadingLike(string());
    }

    boolean isSectionHeading() {
      return isLong()
          ? !LinePatterns.CN_LABEL.matcher(head()).find() && PART_HEADING.matcher(head()).find()
          : LineJoiner.isSectionHeading(string());
    }

    boolean isBareLabel() {
      return !isLong() && LinePatterns.isBareLabel(string());
    }

    boolean isTableHeaderRow() {
      return !isLong() && LinePatterns.isTableHeaderRow(CharNormalizer.cleanLine(string()));
    }

    private static boolean hasSentencePunct(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (SENTENCE_PUNCT.indexOf(s.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  static boolean startsBlock(String line) {
    return LinePatterns.startsWithLabel(line)
        || LinePatterns.isTableAnchor(line)
        || LinePatterns.endsWithNumericCells(line)
        || SectionTitles.isKnownTitle(line);
  }

  /**
   * A complete top-level heading: {@code 五、} followed by a known section title, {@code 第五部分}
   * followed by a title, or a known title on its own.
   */
  static boolean isSectionHeading(String line) {
    Matcher label = LinePatterns.CN_LABEL.matcher(line);
    if (label.find()) {
      return SectionTitles.isKnownTitle(line.substring(label.end()));
    }
    return PART_HEADING.matcher(line).find() || SectionTitles.isKnownTitle(line);
  }

  private static boolean isHeadingLike(String line) {
    return (LinePatterns.startsWithLabel(line) && !LinePatterns.hasSentencePunctuation(line))
        || SectionTitles.isKnownTitle(line);
  }

  private static boolean isShortFragment(String line) {
    return LinePatterns.width(line) <= SHORT_FRAGMENT_WIDTH && !LinePatterns.isTerminal(line);
  }

  /** C and up to four more unfinished text lines are followed by a row of numbers. */
  private boolean leadsIntoNumbers(int index) {
    for (int i = index; i < pieces.size() && i < index + 6; i++) {
      Piece piece = pieces.get(i);
      if (piece.kind() == Kind.NUMBERS) {
        return i > index;
      }
      String t = piece.text();
      if (piece.kind() == Kind.ROW || LinePatterns.isTerminal(t) || (i > index && startsBlock(t))) {
        return false;
      }
      if (LinePatterns.endsWithNumericCells(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTitle(String line) {
    return line.length() <= 120
        && LinePatterns.width(line) <= 120
        && TITLE_END.matcher(SimplifiedKey.of(line)).find();
  }

  /**
   * The width a hard-wrapped file (PDF extraction) breaks its lines at: the median width of long
   * unfinished prose lines, when at least five exist and most cluster around it; 0 otherwise.
   * Headings, labelled lines, the title and table rows are not prose: in a file that is not
   * hard-wrapped they are the only unfinished long lines, and would fake a wrap width.
   */
  static int estimateWrapWidth(List<Piece> pieces) {
    List<Integer> widths = new ArrayList<>();
    for (Piece piece : pieces) {
      String t = piece.text();
      if (piece.kind() != Kind.TEXT || LinePatterns.isTerminal(t)) {
        continue;
      }
      int w = LinePatterns.width(t);
      if (w >= 30 && isProse(t)) {
        widths.add(w);
      }
    }
    if (widths.size() < 5) {
      return 0;
    }
    int[] sorted = widths.stream().mapToInt(Integer::intValue).sorted().toArray();
    int median = sorted[sorted.length / 2];
    long near = Arrays.stream(sorted).filter(w -> w >= median - 8 && w <= median + 6).count();
    return near * 10 >= sorted.length * 6L ? median : 0;
  }

  private static boolean isProse(String line) {
    return !LinePatterns.startsWithLabel(line)
        && !isTitle(line)
        && !SectionTitles.isKnownTitle(line)
        && !LinePatterns.endsWithNumericCells(line)
        && !LinePatterns.isTableHeaderRow(line);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
