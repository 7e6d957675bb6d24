package org.nianbao.ingest.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nianbao.ingest.read.GlyphCollector.Glyph;

/**
 * Lays out the glyphs of one PDF page in reading order: a two-column page is read left column
 * first; glyphs on one baseline form a row; a wide horizontal gap inside a row separates table
 * cells (written as a tab), a narrower one between non-Chinese characters is a space.
 */
final class PdfPageLayout {

  /** One line of a page: its text (cells separated by tabs) and its vertical position. */
  record Row(String text, float y) {}

  private static final float CELL_GAP = 1.5f;
  private static final float WORD_GAP = 0.25f;
  private static final float MIN_GUTTER = 12f;
  private static final int MIN_COLUMN_ROWS = 6;
  private static final int MIN_VERTICAL_LABEL = 3;

  private PdfPageLayout() {}

  /** The rows of a page in reading order. */
  static List<Row> rows(List<Glyph> glyphs) {
    List<Glyph> unique = dedupe(glyphs);
    if (unique.isEmpty()) {
      return List.of();
    }
    float gutter = gutter(unique);
    if (Float.isNaN(gutter)) {
      return buildRows(unique);
    }
    List<Glyph> left = new ArrayList<>();
    List<Glyph> right = new ArrayList<>();
    for (Glyph g : unique) {
      (g.x() < gutter ? left : right).add(g);
    }
    List<Row> out = new ArrayList<>(buildRows(left));
    out.addAll(buildRows(right));
    return out;
  }

  /** Drops glyphs drawn twice at (almost) the same place, as fake bold does. */
  private static List<Glyph> dedupe(List<Glyph> glyphs) {
    List<Glyph> out = new ArrayList<>(glyphs.size());
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null
          && prev.text().equals(g.text())
          && Math.abs(prev.x() - g.x()) < g.size() * 0.3f
          && Math.abs(prev.y() - g.y()) < g.size() * 0.3f) {
        continue;
      }
      out.add(g);
      prev = g;
    }
    return out;
  }

  /**
   * The x of an empty vertical strip through the middle of the page that splits it into two text
   * columns, or NaN. Both sides must be wide, and most left-side rows must run up to the strip
   * (filled text lines, not short table labels).
   */
  private static float gutter(List<Glyph> glyphs) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    for (Glyph g : glyphs) {
      min = Math.min(min, g.x());
      max = Math.max(max, g.right());
    }
    int width = (int) Math.ceil(max - min) + 1;
    if (width < 200) {
      return Float.NaN;
    }
    boolean[] covered = new boolean[width];
    for (Glyph g : glyphs) {
      int from = Math.max(0, (int) (g.x() - min));
      int to = Math.min(width - 1, (int) Math.ceil(g.right() - min));
      for (int i = from; i < to; i++) {
        covered[i] = true;
      }
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = (int) (width * 0.3); i < width * 0.7; i++) {
      if (!covered[i]) {
        int j = i;
        while (j < width && !covered[j]) {
          j++;
        }
        if (j - i > bestLength) {
          bestStart = i;
          bestLength = j - i;
        }
        i = j;
      }
    }
    if (bestLength < MIN_GUTTER) {
      return Float.NaN;
    }
    float gutterStart = min + bestStart;
    float gutterX = gutterStart + bestLength / 2f;
    List<Glyph> left = glyphs.stream().filter(g -> g.x() < gutterX).toList();
    List<Row> leftRows = buildRows(left);
    if (leftRows.size() < MIN_COLUMN_ROWS || left.size() == glyphs.size()) {
      return Float.NaN;
    }
    int filled = 0;
    List<List<Glyph>> grouped = group(left);
    for (List<Glyph> row : grouped) {
      Glyph last = row.get(row.size() - 1);
      if (gutterStart - last.right() < 3 * last.size()) {
        filled++;
      }
    }
    return filled * 2 >= grouped.size() ? gutterX : Float.NaN;
  }

  private static List<Row> buildRows(List<Glyph> glyphs) {
    List<Row> rows = new ArrayList<>();
    for (List<Glyph> row : verticalLabels(group(glyphs))) {
      rows.add(new Row(render(row), row.get(0).y()));
    }
    return rows;
  }

  /**
   * Takes a table label set vertically, one character per row ({@code 三}, {@code 、}, {@code 本},
   * {@code 年} … at the same x in consecutive rows, each the first glyph of its row and mostly set
   * apart from the rest of the row), out of those rows and puts it, joined, on its own row before
   * them: {@code 三、本年度办理结果}.
   */
  private static List<List<Glyph>> verticalLabels(List<List<Glyph>> rows) {
    List<List<Glyph>> out = new ArrayList<>(rows.size());
    int i = 0;
    while (i < rows.size()) {
      int end = i;
      int apart = 0;
      Glyph first = rows.get(i).get(0);
      while (end < rows.size() && isLabelGlyph(rows.get(end), first)) {
        if (isApart(rows.get(end))) {
          apart++;
        }
        end++;
      }
      int run = end - i;
      if (run >= MIN_VERTICAL_LABEL && apart * 2 > run) {
        List<Glyph> label = new ArrayList<>();
        float x = first.x();
        for (int r = i; r < end; r++) {
          Glyph g = rows.get(r).get(0);
          label.add(new Glyph(x, first.y(), g.width(), g.size(), g.text()));
          x += g.width();
        }
        out.add(label);
        for (int r = i; r < end; r++) {
          List<Glyph> rest = rows.get(r).subList(1, rows.get(r).size());
          if (!rest.isEmpty()) {
            out.add(new ArrayList<>(rest));
          }
        }
        i = end;
      } else {
        out.add(rows.get(i));
        i++;
      }
    }
    return out;
  }

  private static boolean isLabelGlyph(List<Glyph> row, Glyph anchor) {
    Glyph g = row.get(0);
    return g.text().length() == 1
        && Math.abs(g.x() - anchor.x()) < 0.3f * anchor.size()
        && Math.abs(g.size() - anchor.size()) < 0.2f * anchor.size();
  }

  private static boolean isApart(List<Glyph> row) {
    if (row.size() == 1) {
      return true;
    }
    Glyph g = row.get(0);
    return row.get(1).x() - g.right() > WORD_GAP * g.size();
  }

  /** Groups glyphs on one baseline, top to bottom, each row sorted left to right. */
  private static List<List<Glyph>> group(List<Glyph> glyphs) {
    List<Glyph> byY = new ArrayList<>(glyphs);
    byY.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
    List<List<Glyph>> rows = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float rowY = Float.NaN;
    for (Glyph g : byY) {
      if (!current.isEmpty() && Math.abs(g.y() - rowY) > 0.5f * g.size()) {
        rows.add(current);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        rowY = g.y();
      }
      current.add(g);
    }
    if (!current.isEmpty()) {
      rows.add(current);
    }
    for (List<Glyph> row : rows) {
      row.sort(Comparator.comparingDouble(Glyph::x));
    }
    return rows;
  }

  private static String render(List<Glyph> row) {
    StringBuilder sb = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : row) {
      if (prev != null) {
        float gap = g.x() - prev.right();
        float size = Math.max(prev.size(), g.size());
        if (gap > CELL_GAP * size) {
          sb.append('\t');
        } else if (gap > WORD_GAP * size && !(isHan(prev.text()) && isHan(g.text()))) {
          sb.append(' ');
        }
      }
      sb.append(g.text());
      prev = g;
    }
    return sb.toString();
  }

  private static boolean isHan(String s) {
    return !s.isEmpty()
        && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
  }
}
