package org.nianbao.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Detects a report file's {@link Format} from its first bytes: {@code %PDF}; a ZIP holding {@code
 * word/document.xml}; an OLE2 compound file ({@code D0 CF 11 E0}: Word 97–2003, WPS); markup
 * ({@code <html}, {@code <!DOCTYPE html}, {@code <head}, {@code <body}) near the start. Anything
 * else is {@link Format#TEXT} (the text decoder rejects other binaries with their kind).
 */
public final class FormatDetector {

  private static final int MARKUP_WINDOW = 2048;
  private static final byte[] DOCX_ENTRY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

  private FormatDetector() {}

  /** The format of a file starting with {@code bytes} (the whole file for ZIPs). */
  public static Format detect(byte[] bytes) {
    if (startsWith(bytes, '%', 'P', 'D', 'F') || pdfAfterJunk(bytes)) {
      return Format.PDF;
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return indexOf(bytes, DOCX_ENTRY) >= 0 ? Format.DOCX : Format.TEXT;
    }
    if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Format.DOC;
    }
    return looksLikeMarkup(bytes) ? Format.HTML : Format.TEXT;
  }

  /** Some generators write a few bytes before {@code %PDF}; the PDF spec allows up to 1024. */
  private static boolean pdfAfterJunk(byte[] bytes) {
    int limit = Math.min(bytes.length, 1024);
    byte[] head = java.util.Arrays.copyOf(bytes, limit);
    int at = indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII));
    return at > 0 && at < 1024;
  }

  private static boolean looksLikeMarkup(byte[] bytes) {
    int n = Math.min(bytes.length, MARKUP_WINDOW);
    StringBuilder ascii = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b != 0) {
        ascii.append(b < 0x80 ? (char) b : ' ');
      }
    }
    String head = ascii.toString().toLowerCase(Locale.ROOT).stripLeading();
    if (!head.startsWith("<")) {
      return false;
    }
    return head.contains("<html")
        || head.contains("<!doctype html")
        || head.contains("<head")
        || head.contains("<body")
        || head.contains("<meta");
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
