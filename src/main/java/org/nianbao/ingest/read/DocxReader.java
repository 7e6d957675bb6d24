package org.nianbao.ingest.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.nianbao.ingest.ReportFileException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a DOCX with POI (XWPF): paragraphs and tables in document order. Every table row becomes
 * one line of tab-separated cells on the table's grid: a cell spanning {@code n} grid columns
 * ({@code gridSpan}) is followed by {@code n − 1} empty cells, a cell continuing a vertical merge
 * ({@code vMerge}) is empty. Line breaks inside a cell are joined.
 */
public final class DocxReader implements DocumentReader {

  @Override
  public Extracted read(String source, byte[] bytes) throws ReportFileException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      for (IBodyElement element : doc.getBodyElements()) {
        if (element instanceof XWPFParagraph p) {
          line(sb, p.getText());
        } else if (element instanceof XWPFTable t) {
          for (List<String> row : rows(t)) {
            line(sb, String.join("\t", row));
          }
        }
      }
      return Extracted.of(Format.DOCX, sb.toString());
    } catch (IOException | RuntimeException e) {
      throw new ReportFileException(source, "无法读取的二进制文件（DOCX 已损坏：" + WordText.oneLine(e) + "）", e);
    }
  }

  /** The rows of {@code table}, each with one entry per grid column. */
  static List<List<String>> rows(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      List<String> cells = new ArrayList<>();
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        boolean continued =
            pr != null
                && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        cells.add(continued ? "" : cellText(cell));
        int span = 1;
        if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
          span = ((BigInteger) pr.getGridSpan().getVal()).intValue();
        }
        for (int i = 1; i < span; i++) {
          cells.add("");
        }
      }
      rows.add(cells);
    }
    return rows;
  }

  private static String cellText(XWPFTableCell cell) {
    StringBuilder sb = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      sb.append(p.getText());
    }
    for (XWPFTable nested : cell.getTables()) {
      for (List<String> row : rows(nested)) {
        sb.append(String.join(" ", row));
      }
    }
    return WordText.joinCellLines(sb.toString());
  }

  private static void line(StringBuilder sb, String text) {
    if (text == null) {
      return;
    }
    sb.append(text.replace('\u000b', '\n')).append('\n');
  }
}
