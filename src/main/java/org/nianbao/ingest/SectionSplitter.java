package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits repaired report lines into sections: 0 is the preamble, the others start at top-level
 * headings and keep the report's own numbers and titles.
 *
 * <p>A line is a top-level heading when it is {@code 一、标题} (also {@code 一.}, {@code 一．}, {@code
 * 第一部分 标题}) or a standard 2021-format title on its own ({@code 总体情况}), its title is short (≤ 30
 * characters, no sentence punctuation, no trailing numbers: not a table row), it is not a
 * statistics-table row label ({@code 四、结转下年度继续办理}), and its number is greater than the previous
 * heading's. A heading with a non-standard title is skipped when a later heading with the same
 * number carries the standard title for that number. {@code 一、总体情况：正文…} is split at the colon when
 * the part before it is a known title.
 *
 * <p>Subsections are lines starting with {@code （一）}… whose number is at most two more than the
 * previous subsection's, excluding table rows and table labels such as {@code （三）不予公开}.
 */
final class SectionSplitter {

  private record Heading(int line, int number, String title, String rest) {}

  private static final Pattern NUMBERED =
      Pattern.compile("^(" + LinePatterns.CN_NUM + "{1,3})\\s*[、.．]\\s*(.+)$");
  private static final Pattern PART =
      Pattern.compile("^第(" + LinePatterns.CN_NUM + "{1,3})(?:部分|章)\\s*[、.．:：]?\\s*(.+)$");
  private static final Pattern SUBSECTION =
      Pattern.compile("^（(" + LinePatterns.CN_NUM + "{1,3})）\\s*(.*)$");

  /** Markdown heading marks: {@code ### 一、总体情况}. */
  private static final Pattern MARKDOWN = Pattern.compile("^#{1,6}\\s*");

  /** One table cell: a number. */
  private static final Pattern NUMBER_CELL = Pattern.compile("[-+]?\\d[\\d.,%]*");

  /** Parenthesised ideographs used as subsection labels: ㈠ … ㈩. */
  private static final Pattern CIRCLED = Pattern.compile("^([㈠-㈩])\\s*(.*)$");

  private static final Pattern TITLE_FORBIDDEN = Pattern.compile("[。；;！？!?]");
  private static final Pattern SUBTITLE_END = Pattern.compile("[：:，,。；;]");
  private static final List<String> TABLE_CELL_LABELS =
      List.of("予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理", "总计");
  private static final int MAX_TITLE_WIDTH = 60;
  private static final int MAX_SUBTITLE_CHARS = 40;

  private SectionSplitter() {}

  /** Splits {@code lines[from…]} into sections; section 0 (possibly empty) comes first. */
  static List<Section> split(List<String> lines, int from) {
    return split(lines, from, new ArrayList<>());
  }

  /**
   * Splits {@code lines[from…]} into sections and adds to {@code warnings} the known headings that
   * were not taken as sections (numbering restarting, e.g. for the tables): their text stays in the
   * section before them, but never silently.
   */
  static List<Section> split(List<String> lines, int from, List<String> warnings) {
    List<Heading> headings = acceptedHeadings(lines, from, warnings);
    List<Section> sections = new ArrayList<>();
    int preambleEnd = headings.isEmpty() ? lines.size() : headings.get(0).line();
    sections.add(section(0, "", lines.subList(from, preambleEnd)));
    for (int h = 0; h < headings.size(); h++) {
      Heading heading = headings.get(h);
      int end = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
      List<String> body = new ArrayList<>();
      if (!heading.rest().isEmpty()) {
        body.add(heading.rest());
      }
      body.addAll(lines.subList(heading.line() + 1, end));
      sections.add(section(heading.number(), heading.title(), body));
    }
    return sections;
  }

  private static List<Heading> acceptedHeadings(
      List<String> lines, int from, List<String> warnings) {
    List<Heading> candidates = new ArrayList<>();
    for (int i = from; i < lines.size(); i++) {
      Heading h = parseHeading(i, lines.get(i));
      if (h != null) {
        candidates.add(h);
      }
    }
    // standardLater[c]: numbers that a later candidate carries with its standard title (one
    // backward pass, so runs of look-alike headings stay linear)
    boolean[][] standardLater = new boolean[candidates.size()][];
    boolean[] seen = new boolean[SectionTitles.STANDARD.size() + 1];
    for (int c = candidates.size() - 1; c >= 0; c--) {
      standardLater[c] = seen;
      Heading h = candidates.get(c);
      int n = h.number();
      if (n >= 1 && n < seen.length && !seen[n] && SectionTitles.standardNumber(h.title()) == n) {
        seen = seen.clone();
        seen[n] = true;
      }
    }
    List<Heading> accepted = new ArrayList<>();
    int last = 0;
    for (int c = 0; c < candidates.size(); c++) {
      if ((c & 1023) == 0) {
        TimedParser.checkAbandoned();
      }
      Heading h = candidates.get(c);
      if (SectionTitles.isTableRowLabel(h.title())) {
        continue;
      }
      if (h.number() <= last) {
        if (SectionTitles.isKnownTitle(h.title())) {
          warnings.add(
              "章节编号重新开始：第 "
                  + (h.line() + 1)
                  + " 行的标题“"
                  + h.title()
                  + "”（编号 "
                  + h.number()
                  + "）在第 "
                  + last
                  + " 部分之后，未单独成节");
        }
        continue;
      }
      int n = h.number();
      if (SectionTitles.standardNumber(h.title()) != n
          && n >= 1
          && n < standardLater[c].length
          && standardLater[c][n]) {
        continue;
      }
      accepted.add(h);
      last = h.number();
    }
    return accepted;
  }

  static Heading parseHeading(int index, String line) {
    line = MARKDOWN.matcher(line).replaceFirst("");
    if (LinePatterns.endsWithNumericCells(line)) {
      Heading glued = headingBeforeNumbers(index, line);
      return glued;
    }
    int number;
    String title;
    Matcher m = NUMBERED.matcher(line);
    Matcher part = PART.matcher(line);
    if (m.matches()) {
      number = LinePatterns.chineseNumber(m.group(1));
      title = m.group(2).strip();
    } else if (part.matches()) {
      number = LinePatterns.chineseNumber(part.group(1));
      title = part.group(2).strip();
    } else if (SectionTitles.standardNumber(line) > 0) {
      number = SectionTitles.standardNumber(line);
      title = line;
    } else {
      return null;
    }
    String rest = "";
    int colon = indexOfColon(title);
    if (colon > 0 && SectionTitles.isKnownTitle(title.substring(0, colon))) {
      rest = title.substring(colon + 1).strip();
      title = title.substring(0, colon);
    }
    title = title.replaceAll("[：:]+$", "").strip();
    String withoutStop = title.replaceAll("[。.]+$", "").strip();
    if (!withoutStop.equals(title)
        && (SectionTitles.isKnownTitle(withoutStop) || !withoutStop.matches(".*[，,].*"))) {
      title = withoutStop; // 一、总体情况。
    }
    if (number <= 0
        || title.isEmpty()
        || LinePatterns.width(title) > MAX_TITLE_WIDTH
        || TITLE_FORBIDDEN.matcher(title).find()
        || !title.codePoints().anyMatch(LinePatterns::isWide)) {
      return null;
    }
    return new Heading(index, number, title, rest);
  }

  /**
   * {@code 四、政府信息公开行政复议、行政诉讼情况 0 0 0 … 0}: a known title glued to the table row that follows it is
   * a heading; the numbers are its first body line.
   */
  private static Heading headingBeforeNumbers(int index, String line) {
    int start = trailingCellsStart(line);
    if (start <= 0) {
      return null;
    }
    String head = line.substring(0, start).strip();
    Matcher m = NUMBERED.matcher(head);
    if (!m.matches() || !SectionTitles.isKnownTitle(m.group(2).strip())) {
      return null;
    }
    int number = LinePatterns.chineseNumber(m.group(1));
    String title = m.group(2).strip();
    return number <= 0 ? null : new Heading(index, number, title, line.substring(start).strip());
  }

  /**
   * Where two or more trailing space-separated numbers start, or -1 (a scan: no regex recursion).
   */
  private static int trailingCellsStart(String line) {
    int end = line.length();
    int cells = 0;
    int start = -1;
    while (end > 0) {
      int e = end;
      while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      int b = e;
      while (b > 0 && !Character.isWhitespace(line.charAt(b - 1))) {
        b--;
      }
      if (b == e || b == 0 || !NUMBER_CELL.matcher(line.substring(b, e)).matches()) {
        break;
      }
      cells++;
      start = b;
      end = b;
    }
    return cells >= 2 ? start : -1;
  }

  private static int indexOfColon(String s) {
    int a = s.indexOf('：');
    int b = s.indexOf(':');
    return a < 0 ? b : (b < 0 ? a : Math.min(a, b));
  }

  private static Section section(int number, String title, List<String> body) {
    StringBuilder text = new StringBuilder();
    List<Subsection> subsections = new ArrayList<>();
    int last = 0;
    for (String line : body) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      Matcher m = SUBSECTION.matcher(line);
      Matcher circled = CIRCLED.matcher(line);
      if (!m.matches() && circled.matches() && !LinePatterns.endsWithNumericCells(line)) {
        int n = circled.group(1).charAt(0) - '㈠' + 1;
        String subtitle = subtitle(circled.group(2));
        if (n > last && n <= last + 2 && !subtitle.isEmpty() && !isTableCellLabel(subtitle)) {
          subsections.add(new Subsection(circled.group(1), subtitle, text.length()));
          last = n;
        }
      } else if (m.matches() && !LinePatterns.endsWithNumericCells(line)) {
        int n = LinePatterns.chineseNumber(m.group(1));
        String subtitle = subtitle(m.group(2));
        if (n > last && n <= last + 2 && !subtitle.isEmpty() && !isTableCellLabel(subtitle)) {
          subsections.add(new Subsection("（" + m.group(1) + "）", subtitle, text.length()));
          last = n;
        }
      }
      text.append(line);
    }
    return new Section(
        number, SectionTopics.of(number, title), title, text.toString(), subsections);
  }

  private static String subtitle(String rest) {
    Matcher end = SUBTITLE_END.matcher(rest);
    String t = end.find() ? rest.substring(0, end.start()) : rest;
    t = t.strip();
    return t.length() > MAX_SUBTITLE_CHARS ? t.substring(0, MAX_SUBTITLE_CHARS) : t;
  }

  private static boolean isTableCellLabel(String subtitle) {
    return TABLE_CELL_LABELS.stream().anyMatch(subtitle::startsWith);
  }
}
