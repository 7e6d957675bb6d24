package org.nianbao.ingest.read;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Writes the PDF fixtures of the tests: text with an embedded CJK font (TrueType: PDFBox embeds
 * only TrueType outlines as CID fonts, so the CFF-based Noto CJK .ttc fonts are not used), a scan
 * (image only), a font without Unicode map, encryption.
 */
final class TestPdfs {

  /** TrueType fonts with CJK glyphs PDFBox can embed, first usable wins. */
  static final List<String> CJK_FONTS =
      List.of(
          "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

  /** One run of text at a position (y from the top of an A4 page). */
  record Text(float x, float y, float size, String text) {}

  private TestPdfs() {}

  /** Loads a CJK font into {@code doc}, or fails with what to install. */
  static PDFont cjkFont(PDDocument doc) {
    List<String> tried = new ArrayList<>();
    for (String path : CJK_FONTS) {
      Path p = Path.of(path);
      if (!Files.isReadable(p)) {
        continue;
      }
      try {
        if (path.endsWith(".ttc")) {
          TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
          List<TrueTypeFont> fonts = new ArrayList<>();
          ttc.processAllFonts(fonts::add);
          for (TrueTypeFont f : fonts) {
            if (f.getTableMap().containsKey("glyf")) {
              return PDType0Font.load(doc, f, true);
            }
          }
          tried.add(path + " (CFF outlines, not embeddable)");
        } else {
          return PDType0Font.load(doc, p.toFile());
        }
      } catch (IOException | RuntimeException e) {
        tried.add(path + " (" + e.getMessage() + ")");
      }
    }
    throw new AssertionError(
        "No embeddable CJK TrueType font for the PDF fixtures: install fonts-droid-fallback"
            + " (apt-get install fonts-droid-fallback) — looked for "
            + CJK_FONTS
            + ", unusable: "
            + tried);
  }

  /** DejaVu Sans for the characters the CJK font lacks (Droid Sans Fallback has no digits). */
  static PDFont latinFont(PDDocument doc) {
    Path p = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    try {
      return PDType0Font.load(doc, p.toFile());
    } catch (IOException e) {
      throw new AssertionError(
          "No Latin TrueType font for the PDF fixtures: install fonts-dejavu-core", e);
    }
  }

  /** Splits {@code text} into runs the CJK font can draw ("cjk") and the others ("latin"). */
  private static List<String[]> segments(PDFont cjk, String text) {
    List<String[]> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    String kind = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String ch = new String(Character.toChars(c));
      i += ch.length();
      String k = canEncode(cjk, ch) ? "cjk" : "latin";
      if (kind != null && !k.equals(kind)) {
        out.add(new String[] {kind, run.toString()});
        run.setLength(0);
      }
      kind = k;
      run.append(ch);
    }
    if (kind != null) {
      out.add(new String[] {kind, run.toString()});
    }
    return out;
  }

  private static boolean canEncode(PDFont font, String ch) {
    try {
      font.encode(ch);
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A PDF whose page {@code i} holds the runs {@code pages.get(i)}. */
  static byte[] pdf(List<List<Text>> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDFont font = cjkFont(doc);
      PDFont latin = latinFont(doc);
      for (List<Text> runs : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float height = page.getMediaBox().getHeight();
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          for (Text t : runs) {
            float x = t.x();
            for (String[] seg : segments(font, t.text())) {
              PDFont f = seg[0].equals("cjk") ? font : latin;
              cs.beginText();
              cs.setFont(f, t.size());
              cs.newLineAtOffset(x, height - t.y());
              cs.showText(seg[1]);
              cs.endText();
              x += f.getStringWidth(seg[1]) / 1000f * t.size();
            }
          }
        }
      }
      return save(doc);
    }
  }

  /** Lines of text set top to bottom on as many pages as needed, with a page footer. */
  static byte[] simplePdf(List<String> lines, int linesPerPage) throws IOException {
    List<List<Text>> pages = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += linesPerPage) {
      List<Text> runs = new ArrayList<>();
      int y = 80;
      for (String line : lines.subList(i, Math.min(lines.size(), i + linesPerPage))) {
        runs.add(new Text(60, y, 12, line));
        y += 22;
      }
      runs.add(new Text(280, 800, 10, "- " + (pages.size() + 1) + " -"));
      pages.add(runs);
    }
    return pdf(pages);
  }

  /** A page that is only an image: what a scanner produces. */
  static byte[] scannedPdf() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      var g = image.createGraphics();
      g.fillRect(20, 20, 160, 10);
      g.dispose();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(LosslessFactory.createFromImage(doc, image), 50, 500, 400, 200);
      }
      return save(doc);
    }
  }

  /**
   * Chinese text shown through a simple font without a Unicode map: the GBK bytes of the text are
   * drawn as WinAnsi codes, so extraction gives Latin-1 garbage (ÕþžžÐÅÏ¢…).
   */
  static byte[] mojibakePdf(List<String> lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      page.setResources(new org.apache.pdfbox.pdmodel.PDResources());
      doc.addPage(page);
      PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      var name = page.getResources().add(font);
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      int y = 780;
      for (String line : lines) {
        content.writeBytes(("BT /" + name.getName() + " 12 Tf 50 " + y + " Td <").getBytes());
        for (byte b : line.getBytes(Charset.forName("GBK"))) {
          content.writeBytes(String.format("%02X", b & 0xFF).getBytes());
        }
        content.writeBytes("> Tj ET\n".getBytes());
        y -= 20;
      }
      page.setContents(new PDStream(doc, new ByteArrayInputStream(content.toByteArray())));
      return save(doc);
    }
  }

  /** {@code pdf} encrypted: with an empty user password it opens without one. */
  static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
