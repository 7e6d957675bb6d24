package org.nianbao.ingest.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects the positioned glyphs of one PDF page (PDFBox's own text layout is not used). */
final class GlyphCollector extends PDFTextStripper {

  /** One glyph: top-left corner in page space (y grows downwards), size and text. */
  record Glyph(float x, float y, float width, float size, String text) {
    float right() {
      return x + width;
    }
  }

  private final List<Glyph> glyphs = new ArrayList<>();

  GlyphCollector() {
    setSortByPosition(true);
  }

  /** The glyphs of page {@code page} (1-based) of {@code doc}. */
  List<Glyph> glyphs(PDDocument doc, int page) throws IOException {
    glyphs.clear();
    setStartPage(page);
    setEndPage(page);
    getText(doc);
    return List.copyOf(glyphs);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    String unicode = t.getUnicode();
    if (unicode == null || unicode.isBlank()) {
      return;
    }
    float size = Math.max(t.getHeightDir(), t.getFontSizeInPt());
    if (size <= 0) {
      size = Math.max(1f, t.getWidthDirAdj());
    }
    float y = t.getYDirAdj();
    glyphs.add(new Glyph(t.getXDirAdj(), y, Math.max(0f, t.getWidthDirAdj()), size, unicode));
  }
}
