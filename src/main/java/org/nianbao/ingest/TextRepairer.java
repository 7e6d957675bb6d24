package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.ingest.LineJoiner.Kind;
import org.nianbao.ingest.LineJoiner.Piece;

/**
 * Repairs the damage that PDF/Word-to-text extraction leaves in a report, returning one logical
 * line per paragraph, heading or table row, separated by a single {@code \n} (no blank lines, no
 * leading or trailing spaces on a line).
 *
 * <ul>
 *   <li>Characters: see {@link CharNormalizer#normalizeChars}; page footers ({@code - 4 -}) and
 *       separator rules dropped; markdown {@code #} prefixes stripped.
 *   <li>Tables: a line with tab-separated cells is one row; a run of tab-indented lines holding one
 *       cell each (Word tables) is one row; cells are separated by a single space.
 *   <li>Broken lines are re-joined by {@link LineJoiner}; spacing and labels are then cleaned by
 *       {@link CharNormalizer#cleanLine}.
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class TextRepairer {

  private static final Pattern CELL_LINE = Pattern.compile("^\\t+[^\\t]*$");
  private static final int MAX_CONTINUATION_WIDTH = 20;

  /** The repaired text: logical lines joined by {@code \n}. */
  public String repair(String text) {
    return String.join("\n", lines(text));
  }

  /** The repaired logical lines. */
  public List<String> lines(String text) {
    String[] raw = CharNormalizer.normalizeChars(text).split("\n", -1);
    List<Piece> joined = LineJoiner.join(pieces(raw));
    List<String> out = new ArrayList<>(joined.size());
    for (Piece piece : joined) {
      String line =
          piece.kind() == Kind.ROW ? piece.text() : CharNormalizer.cleanLine(piece.text());
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  static List<Piece> pieces(String[] raw) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < raw.length; i++) {
      if ((i & 1023) == 0) {
        TimedParser.checkAbandoned();
      }
      String line = raw[i];
      if (line.isBlank()) {
        continue;
      }
      if (isCellLine(line)) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder(line.strip());
        int j = i + 1;
        for (; j < raw.length && !raw[j].isBlank(); j++) {
          String next = raw[j];
          if (isCellLine(next)) {
            cells.add(cell.toString());
            cell = new StringBuilder(next.strip());
          } else if (isCellContinuation(next)) {
            cell.append(next.strip());
          } else {
            break;
          }
        }
        cells.add(cell.toString());
        i = j - 1;
        addRow(pieces, cells);
      } else if (line.strip().indexOf('\t') >= 0) {
        addRow(pieces, Arrays.asList(line.split("\t")));
      } else {
        addText(pieces, line);
      }
    }
    return pieces;
  }

  private static void addRow(List<Piece> pieces, List<String> rawCells) {
    List<String> cells = new ArrayList<>();
    for (String raw : rawCells) {
      String cell = CharNormalizer.cleanLine(CharNormalizer.trimLine(raw));
      if (!cell.isEmpty() && !CharNormalizer.isSeparator(cell) && !cell.matches("-+")) {
        cells.add(cell);
      }
    }
    if (cells.size() == 1) {
      addText(pieces, cells.get(0));
    } else if (cells.size() > 1) {
      pieces.add(new Piece(String.join(" ", cells), Kind.ROW));
    }
  }

  private static void addText(List<Piece> pieces, String line) {
    String t = CharNormalizer.trimLine(line);
    if (t.isEmpty() || CharNormalizer.isPageFooter(t) || CharNormalizer.isSeparator(t)) {
      return;
    }
    pieces.add(new Piece(t, LinePatterns.isNumbersOnly(t) ? Kind.NUMBERS : Kind.TEXT));
  }

  /** One tab-indented table cell per line (Word tables); indented prose is not a cell. */
  private static boolean isCellLine(String line) {
    if (!CELL_LINE.matcher(line).matches()) {
      return false;
    }
    String content = line.strip();
    return !LinePatterns.isTerminal(content) && LinePatterns.width(content) <= 100;
  }

  /** A short untabbed line continuing the previous cell ({@code \t商业} + {@code 企业}). */
  private static boolean isCellContinuation(String line) {
    String t = line.strip();
    return line.indexOf('\t') < 0
        && LinePatterns.width(t) <= MAX_CONTINUATION_WIDTH
        && !LineJoiner.startsBlock(t);
  }
}
