package org.nianbao.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.nianbao.ingest.ReportFileException;

/**
 * Reads a Word 97–2003 document or a Kingsoft WPS file (both OLE2 compound files with a {@code
 * WordDocument} stream) with POI HWPF: paragraphs, and each table row as one line of tab-separated
 * cells (a cell continuing a vertical merge is empty; a horizontally merged cell spanning n columns
 * of the table grid is followed by n − 1 empty cells, as in DOCX). Other OLE2 files (Excel,
 * PowerPoint, old WPS formats) are rejected as unsupported.
 */
public final class DocReader implements DocumentReader {

  @Override
  public Extracted read(String source, byte[] bytes) throws ReportFileException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (!fs.getRoot().hasEntryCaseInsensitive("WordDocument")) {
        throw new ReportFileException(
            source, "不支持的格式（OLE2 复合文档，但不是 Word/WPS 文字文档，如 Excel、PowerPoint）");
      }
      try (HWPFDocument doc = new HWPFDocument(fs)) {
        return Extracted.of(Format.DOC, text(doc.getRange()));
      }
    } catch (IOException | RuntimeException e) {
      throw new ReportFileException(
          source, "无法读取的二进制文件（DOC/WPS 已损坏或版本不支持：" + WordText.oneLine(e) + "）", e);
    }
  }

  static String text(Range range) {
    StringBuilder sb = new StringBuilder();
    int n = range.numParagraphs();
    for (int i = 0; i < n; i++) {
      Paragraph p = range.getParagraph(i);
      if (p.isInTable()) {
        Table table = range.getTable(p);
        for (List<String> row : rows(table)) {
          sb.append(String.join("\t", row)).append('\n');
        }
        int end = table.getEndOffset();
        while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < end) {
          i++;
        }
      } else {
        String t = p.text().replace('\r', '\n').replace('\u000b', '\n');
        sb.append(stripFields(t));
        if (!t.endsWith("\n")) {
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  static List<List<String>> rows(Table table) {
    int[] grid = grid(table);
    List<List<String>> rows = new ArrayList<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
        cells.add(continued ? "" : WordText.joinCellLines(stripFields(cell.text())));
        for (int i = 1; i < span(grid, cell); i++) {
          cells.add("");
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  /** Column edges closer than this (in twips) are the same grid line. */
  private static final int EDGE_TOLERANCE = 15;

  /**
   * The table grid: the sorted column edges (twips) of all rows, so that a horizontally merged cell
   * (one wide cell in the .doc) spans several grid columns like {@code gridSpan} in DOCX.
   */
  private static int[] grid(Table table) {
    java.util.TreeSet<Integer> edges = new java.util.TreeSet<>();
    for (int r = 0; r < table.numRows(); r++) {
      TableRow row = table.getRow(r);
      for (int c = 0; c < row.numCells(); c++) {
        TableCell cell = row.getCell(c);
        edges.add(cell.getLeftEdge());
        edges.add(cell.getLeftEdge() + cell.getWidth());
      }
    }
    List<Integer> merged = new ArrayList<>();
    for (int edge : edges) {
      if (merged.isEmpty() || edge - merged.get(merged.size() - 1) > EDGE_TOLERANCE) {
        merged.add(edge);
      }
    }
    return merged.stream().mapToInt(Integer::intValue).toArray();
  }

  /** How many grid columns the cell covers (at least 1). */
  private static int span(int[] grid, TableCell cell) {
    int left = cell.getLeftEdge();
    int right = left + cell.getWidth();
    int inside = 0;
    for (int edge : grid) {
      if (edge - left > EDGE_TOLERANCE && right - edge > EDGE_TOLERANCE) {
        inside++;
      }
    }
    return inside + 1;
  }

  /** Removes Word field codes ({@code \u0013 code \u0014 result \u0015} keeps the result). */
  private static String stripFields(String text) {
    return text.replaceAll("\\u0013[^\\u0014\\u0015]*\\u0014?", "")
        .replace("\u0015", "")
        .replace('\u0007', '\t');
  }
}
