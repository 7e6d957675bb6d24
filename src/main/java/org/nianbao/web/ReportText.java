package org.nianbao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;
import org.nianbao.search.Mark;
import org.nianbao.web.ReportPage.Block;
import org.nianbao.web.ReportPage.Cell;
import org.nianbao.web.ReportPage.Kind;
import org.nianbao.web.ReportPage.Segment;

/**
 * Splits a section's text into blocks: paragraphs, subsection headings (anchored {@code s{n}-{k}})
 * and tables (runs of lines whose cells are separated by spaces or tabs), and cuts each piece into
 * segments at the {@link Mark} boundaries.
 */
final class ReportText {
  private static final Pattern CELL_GAP = Pattern.compile("[ \\t\\u3000]+");
  private static final Pattern NUMERIC = Pattern.compile("[-+−—]?[0-9０-９][0-9０-９.,．，%％]*|[-—－/]");
  private static final Pattern PROSE = Pattern.compile("[。；，,;：:！？]");
  private static final int MAX_CELL = 24;

  private final String text;
  private final List<Mark> marks;

  private ReportText(String text, List<Mark> marks) {
    this.text = text;
    this.marks = normalise(marks, text.length());
  }

  /** The blocks of {@code section}; {@code anchors} receives the subsection anchors placed. */
  static List<Block> blocks(Section section, List<Mark> marks, List<String> anchors) {
    String text = section.text() == null ? "" : section.text();
    return new ReportText(text, marks == null ? List.of() : marks).split(section, anchors);
  }

  /** Anchor of subsection {@code k} (1-based) of section {@code n}. */
  static String anchor(int n, int k) {
    return "s" + n + "-" + k;
  }

  private List<Block> split(Section section, List<String> anchors) {
    List<Block> blocks = new ArrayList<>();
    List<List<Cell>> table = new ArrayList<>();
    List<Subsection> subsections = section.subsections();
    boolean[] placed = new boolean[subsections.size()];
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      int k = subsectionAt(subsections, placed, start, end);
      int[] r = trim(start, end);
      if (r[0] < r[1] || k > 0) {
        List<Cell> row = k > 0 ? null : tableRow(r[0], r[1]);
        if (row == null && !table.isEmpty()) {
          blocks.add(new Block(Kind.TABLE, null, List.of(), List.copyOf(table)));
          table.clear();
        }
        if (k > 0) {
          String anchor = anchor(section.number(), k);
          anchors.add(anchor);
          blocks.add(new Block(Kind.HEADING, anchor, segments(r[0], r[1]), List.of()));
        } else if (row != null) {
          table.add(row);
        } else {
          blocks.add(new Block(Kind.PARAGRAPH, null, segments(r[0], r[1]), List.of()));
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    if (!table.isEmpty()) {
      blocks.add(new Block(Kind.TABLE, null, List.of(), List.copyOf(table)));
    }
    return blocks;
  }

  /** 1-based index of the first unplaced subsection whose heading starts on this line, else 0. */
  private static int subsectionAt(
      List<Subsection> subsections, boolean[] placed, int start, int end) {
    for (int i = 0; i < subsections.size(); i++) {
      int offset = subsections.get(i).offset();
      if (!placed[i] && offset >= start && offset <= end) {
        placed[i] = true;
        return i + 1;
      }
    }
    return 0;
  }

  /** The cells of a table-like line, or null for prose. */
  private List<Cell> tableRow(int start, int end) {
    String line = text.substring(start, end);
    List<int[]> cells = new ArrayList<>();
    Matcher gap = CELL_GAP.matcher(line);
    int from = 0;
    while (gap.find()) {
      cells.add(new int[] {from, gap.start()});
      from = gap.end();
    }
    cells.add(new int[] {from, line.length()});
    boolean tabbed = line.indexOf('\t') >= 0;
    if (cells.size() < 2) {
      return null;
    }
    for (int[] c : cells) {
      String cell = line.substring(c[0], c[1]);
      if (!tabbed && (cell.length() > MAX_CELL || PROSE.matcher(cell).find())) {
        return null;
      }
    }
    boolean numericLast =
        NUMERIC.matcher(line.substring(cells.getLast()[0], cells.getLast()[1])).matches();
    if (!tabbed && cells.size() < 3 && !numericLast) {
      return null;
    }
    List<Cell> row = new ArrayList<>();
    for (int[] c : cells) {
      String cell = line.substring(c[0], c[1]);
      row.add(new Cell(segments(start + c[0], start + c[1]), NUMERIC.matcher(cell).matches()));
    }
    return row;
  }

  private int[] trim(int start, int end) {
    while (start < end && blank(text.charAt(start))) {
      start++;
    }
    while (end > start && blank(text.charAt(end - 1))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The text in {@code [start, end)} cut at mark boundaries. */
  private List<Segment> segments(int start, int end) {
    List<Segment> out = new ArrayList<>();
    int pos = start;
    for (Mark m : marks) {
      if (m.end() <= pos) {
        continue;
      }
      if (m.start() >= end) {
        break;
      }
      int ms = Math.max(m.start(), pos);
      int me = Math.min(m.end(), end);
      if (ms > pos) {
        out.add(new Segment(text.substring(pos, ms), false));
      }
      out.add(new Segment(text.substring(ms, me), true, ms == m.start(), null));
      pos = me;
    }
    if (pos < end) {
      out.add(new Segment(text.substring(pos, end), false));
    }
    return out;
  }

  /** Sorted, clipped to the text, overlaps merged. */
  static List<Mark> normalise(List<Mark> marks, int length) {
    List<Mark> sorted =
        marks.stream()
            .map(m -> new Mark(Math.max(0, m.start()), Math.min(length, m.end())))
            .filter(m -> m.start() < m.end())
            .sorted(Comparator.comparingInt(Mark::start))
            .toList();
    List<Mark> merged = new ArrayList<>();
    for (Mark m : sorted) {
      if (!merged.isEmpty() && m.start() <= merged.getLast().end()) {
        Mark last = merged.removeLast();
        merged.add(new Mark(last.start(), Math.max(last.end(), m.end())));
      } else {
        merged.add(m);
      }
    }
    return merged;
  }
}
