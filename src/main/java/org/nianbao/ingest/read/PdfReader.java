package org.nianbao.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.nianbao.ingest.ReportFileException;

/**
 * Reads a PDF with PDFBox: glyphs laid out by position ({@link PdfPageLayout}: columns, rows, table
 * cells), page headers, footers and page numbers removed ({@link PdfFurniture}). Encrypted files
 * that open without a password are read. A PDF without text is a scan ({@code 扫描件，无文字层，需先 OCR});
 * one whose fonts have no Unicode map gives garbage and is rejected as mojibake.
 */
public final class PdfReader implements DocumentReader {

  /** Pages with fewer Chinese characters than this on average count as having no text layer. */
  private static final int MIN_HAN_PER_PAGE = 5;

  @Override
  public Extracted read(String source, byte[] bytes) throws ReportFileException {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted()) {
        doc.setAllSecurityToBeRemoved(true);
      }
      int pageCount = doc.getNumberOfPages();
      if (pageCount == 0) {
        throw new ReportFileException(source, "PDF 没有页面");
      }
      List<List<PdfPageLayout.Row>> pages = new ArrayList<>(pageCount);
      GlyphCollector collector = new GlyphCollector();
      for (int p = 1; p <= pageCount; p++) {
        pages.add(PdfPageLayout.rows(collector.glyphs(doc, p)));
      }
      List<String> pageTexts = PdfFurniture.removeAndRender(pages);
      String text = String.join("\n", pageTexts);
      checkTextLayer(source, text, pageCount);
      return new Extracted(Format.PDF, text, pageTexts, PageHints.NONE, List.of());
    } catch (InvalidPasswordException e) {
      throw new ReportFileException(source, "PDF 已加密，需要密码才能打开", e);
    } catch (IOException e) {
      throw new ReportFileException(source, "无法读取的二进制文件（PDF 已损坏：" + oneLine(e) + "）", e);
    }
  }

  private static void checkTextLayer(String source, String text, int pageCount)
      throws ReportFileException {
    TextQuality q = TextQuality.of(text);
    if (q.letters() == 0) {
      throw new ReportFileException(source, "扫描件，无文字层，需先 OCR");
    }
    if (q.isMojibake()) {
      throw new ReportFileException(source, "乱码：PDF 字体没有 Unicode 映射，提取出的文字无法识别，需先 OCR");
    }
    if (q.han() < MIN_HAN_PER_PAGE * pageCount && q.han() < 2 * q.letters() / 10) {
      throw new ReportFileException(source, "扫描件，无文字层，需先 OCR（只有 " + q.han() + " 个汉字）");
    }
  }

  private static String oneLine(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }
}
