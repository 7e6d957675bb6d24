package org.nianbao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** DOCX written by the test (merged cells) and OLE2 files that are not Word documents. */
class WordReadersTest {

  private final ReportParser parser = new ReportParser();

  static byte[] docxWithMergedCells() throws Exception {
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("高青县民政局2020年政府信息公开工作年度报告");
      doc.createParagraph().createRun().setText("一、总体情况");
      doc.createParagraph().createRun().setText("本局全年主动公开信息120条。");
      doc.createParagraph().createRun().setText("三、收到和处理政府信息公开申请情况");
      XWPFTable t = doc.createTable(4, 4);
      // row 0: 申请人情况 spans three grid columns (gridSpan), header cell with a hard line break
      XWPFTableCell label = t.getRow(0).getCell(0);
      label.setText("本列数据");
      t.getRow(0).getCell(1).getParagraphs().get(0).createRun().setText("申请人");
      t.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).addBreak();
      t.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).setText("情况", 1);
      t.getRow(0).getCell(1).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
      t.getRow(0).removeCell(3);
      t.getRow(0).removeCell(2);
      // rows 1-3: the first column is one vertically merged label
      t.getRow(1).getCell(0).setText("三、本年度办理结果");
      t.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
      t.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
      t.getRow(3).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
      String[][] values = {{"（一）予以公开", "5", "5"}, {"（二）部分公开", "1", "1"}, {"（七）总计", "6", "6"}};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < 3; c++) {
          t.getRow(r + 1).getCell(c + 1).setText(values[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void docx_merged_cells_are_expanded_on_the_grid_and_header_breaks_joined() throws Exception {
    byte[] docx = docxWithMergedCells();
    assertThat(FormatDetector.detect(docx)).isEqualTo(Format.DOCX);
    Extracted x = new DocxReader().read("gq.docx", docx);
    assertThat(x.text().lines())
        .containsSubsequence(
            "三、收到和处理政府信息公开申请情况",
            "本列数据\t申请人情况\t\t",
            "三、本年度办理结果\t（一）予以公开\t5\t5",
            "\t（二）部分公开\t1\t1",
            "\t（七）总计\t6\t6");
  }

  @Test
  void a_docx_report_is_parsed_with_its_table_rows() throws Exception {
    ReportParser.Parsed parsed = parser.parseFile("gq.docx", docxWithMergedCells());
    Report r = parsed.report();
    assertThat(parsed.format()).isEqualTo(Format.DOCX);
    assertThat(r.agency()).isEqualTo("高青县民政局");
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.sections().get(2).text())
        .isEqualTo("本列数据 申请人情况\n三、本年度办理结果 （一）予以公开 5 5\n（二）部分公开 1 1\n（七）总计 6 6");
    assertThat(r.sections().get(2).page()).isNull();
  }

  @Test
  void an_ole2_file_without_a_word_stream_is_rejected_as_unsupported() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[] {1, 2, 3}), "Workbook");
      fs.writeFilesystem(out);
    }
    byte[] xls = out.toByteArray();
    assertThat(FormatDetector.detect(xls)).isEqualTo(Format.DOC);
    assertThatThrownBy(() -> parser.parseBytes("表格.xls", xls))
        .hasMessage("表格.xls: 不支持的格式（OLE2 复合文档，但不是 Word/WPS 文字文档，如 Excel、PowerPoint）");
  }

  @Test
  void a_damaged_word_stream_is_rejected_as_unreadable() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "WordDocument");
      fs.writeFilesystem(out);
    }
    byte[] doc = out.toByteArray();
    assertThatThrownBy(() -> parser.parseBytes("坏.doc", doc))
        .hasMessageStartingWith("坏.doc: 无法读取的二进制文件（DOC/WPS 已损坏或版本不支持：");
  }
}
