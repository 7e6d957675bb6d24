package org.nianbao.ingest.read;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.nianbao.ingest.ReportFileException;

/**
 * Picks the reader for a file from its content ({@link FormatDetector}) and applies the size
 * limits: text and web pages up to {@value #MAX_TEXT_MB} MB, PDF and Word files up to {@value
 * #MAX_BINARY_MB} MB. Thread-safe.
 */
public final class DocumentReaders {

  /** Limit for text files and web pages, in MB. */
  public static final int MAX_TEXT_MB = 20;

  /** Limit for PDF, DOCX and DOC/WPS files, in MB. */
  public static final int MAX_BINARY_MB = 100;

  private final Map<Format, DocumentReader> readers = new EnumMap<>(Format.class);

  public DocumentReaders() {
    readers.put(Format.TEXT, new TextReader());
    readers.put(Format.PDF, new PdfReader());
    readers.put(Format.DOCX, new DocxReader());
    readers.put(Format.DOC, new DocReader());
    readers.put(Format.HTML, new HtmlReader());
  }

  /** Detects the format of {@code bytes} and extracts its text. */
  public Extracted read(String source, byte[] bytes) throws ReportFileException {
    Format format = FormatDetector.detect(bytes);
    checkSize(source, bytes.length, format);
    return readers.get(format).read(source, bytes);
  }

  /** Rejects a file of {@code size} bytes that is over its format's limit. */
  public static void checkSize(String source, long size, Format format) throws ReportFileException {
    boolean binary = format == Format.PDF || format == Format.DOCX || format == Format.DOC;
    long limit = (binary ? MAX_BINARY_MB : MAX_TEXT_MB) * 1024L * 1024;
    if (size > limit) {
      String which = binary ? "PDF/Word 文件上限 " + MAX_BINARY_MB : "上限 " + MAX_TEXT_MB;
      throw new ReportFileException(
          source, String.format(Locale.ROOT, "文件过大（%.1f MB，%s MB）", size / 1048576.0, which));
    }
  }
}
