package org.nianbao.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the bytes of a report file into text with a deterministic cascade: BOM (UTF-8, UTF-16LE/BE)
 * → UTF-16 without BOM (only for bytes with NULs that decode to plausible text) → strict UTF-8 →
 * ICU {@link CharsetDetector} (confidence ≥ 50, CJK/Unicode charsets only) → GB18030.
 *
 * <p>Binary files (PDF, Office, images, archives, NUL bytes) are rejected with a {@link
 * ReportFileException}. Thread-safe and stateless.
 */
public final class TextDecoder {

  /** The decoded text, the charset used, and an optional warning about the guess. */
  public record Decoded(String text, Charset charset, Optional<String> warning) {}

  static final Charset GB18030 = Charset.forName("GB18030");
  private static final int MIN_CONFIDENCE = 50;

  /** Valid multi-byte UTF-8 sequences needed per stray byte to read a file as damaged UTF-8. */
  private static final int MIN_VALID_PER_BAD = 20;

  /**
   * Charsets a detector answer is trusted for; single-byte Western guesses are never right here.
   */
  private static final Set<String> TRUSTED_DETECTIONS =
      Set.of("GB18030", "Big5", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-8");

  /** Decodes {@code bytes}; {@code source} only names the file in error messages. */
  public Decoded decode(String source, byte[] bytes) throws ReportFileException {
    if (bytes.length == 0) {
      throw new ReportFileException(source, "文件为空");
    }
    String binaryKind = binaryKind(bytes);
    if (binaryKind != null) {
      throw new ReportFileException(source, "二进制文件（" + binaryKind + "），不是文本");
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      // the BOM says UTF-8: stray bytes are damage, replaced with a warning
      Decoded d = strayBytesReplaced(bytes, 3, true);
      if (d != null) {
        return d;
      }
      return strict(source, bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(source, bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(source, bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (indexOfNul(bytes) >= 0) {
      Charset utf16 = guessUtf16WithoutBom(bytes);
      if (utf16 == null) {
        throw new ReportFileException(source, "二进制文件（含 NUL 字节），不是文本");
      }
      return strict(source, bytes, 0, utf16);
    }
    Optional<String> utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new Decoded(utf8.get(), StandardCharsets.UTF_8, Optional.empty());
    }
    Decoded damaged = strayBytesReplaced(bytes, 0, false);
    if (damaged != null) {
      return damaged;
    }
    Charset detected = detect(bytes);
    if (detected != null) {
      return lenient(bytes, detected, Optional.empty());
    }
    return lenient(bytes, GB18030, Optional.of("无法确定文本编码，按 GB18030 解码"));
  }

  private static Decoded strict(String source, byte[] bytes, int offset, Charset charset)
      throws ReportFileException {
    return tryStrict(bytes, offset, charset)
        .map(text -> new Decoded(text, charset, Optional.<String>empty()))
        .orElseThrow(
            () -> new ReportFileException(source, "无法按 " + charset.name() + " 解码（文件已损坏？）"));
  }

  private static Optional<String> tryStrict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * UTF-8 with a few stray bytes (a lone 0xFF, a Latin-1 {@code é}, cp1252 quotes 0x93/0x94 pasted
   * into a UTF-8 report): decoded with each bad byte sequence replaced by U+FFFD and a warning.
   * Without a BOM this needs the text to be UTF-8 beyond doubt: at least {@link #MIN_VALID_PER_BAD}
   * valid multi-byte sequences per bad one (text in GBK and other legacy encodings is mostly bad
   * sequences when read as UTF-8). With a BOM any damage is replaced; whether the result is text at
   * all is decided later, on the characters. Returns null when the bytes are not UTF-8.
   */
  private static Decoded strayBytesReplaced(byte[] bytes, int offset, boolean bom) {
    int bad = 0;
    int valid = 0;
    int i = offset;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len = utf8SequenceLength(bytes, i);
      if (len > 0) {
        valid++;
        i += len;
      } else {
        bad++;
        i++;
      }
    }
    if (bad == 0 || (!bom && (long) bad * MIN_VALID_PER_BAD > valid)) {
      return null;
    }
    // String's decoder replaces each malformed sequence with U+FFFD
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    return new Decoded(
        text, StandardCharsets.UTF_8, Optional.of(bad + " 个字节无法按 UTF-8 解码，已替换为“\uFFFD”"));
  }

  /** The length of the well-formed UTF-8 sequence starting at {@code i}, or 0 when malformed. */
  private static int utf8SequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xFF;
    int len;
    int min;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + len > bytes.length) {
      return 0;
    }
    int cp = b & (0xFF >> (len + 1));
    for (int k = 1; k < len; k++) {
      int c = bytes[i + k] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3F);
    }
    boolean surrogate = cp >= 0xD800 && cp <= 0xDFFF;
    return cp >= min && cp <= 0x10FFFF && !surrogate ? len : 0;
  }

  private static Decoded lenient(byte[] bytes, Charset charset, Optional<String> warning) {
    String text = new String(bytes, charset);
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    if (bad > 0 && warning.isEmpty()) {
      warning = Optional.of(bad + " 个字节序列无法按 " + charset.name() + " 解码");
    }
    return new Decoded(text, charset, warning);
  }

  private static Charset detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < MIN_CONFIDENCE) {
      return null;
    }
    String name = match.getName();
    if (!TRUSTED_DETECTIONS.contains(name) || !Charset.isSupported(name)) {
      return null;
    }
    return Charset.forName(name);
  }

  /**
   * UTF-16 without a BOM: NUL bytes but otherwise text. Accepted when the bytes decode strictly as
   * UTF-16LE (or BE) and at least 90% of the characters are CJK, ASCII text or CJK punctuation.
   */
  private static Charset guessUtf16WithoutBom(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    for (Charset candidate : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Optional<String> text = tryStrict(bytes, 0, candidate);
      if (text.isPresent() && mostlyPlausible(text.get())) {
        return candidate;
      }
    }
    return null;
  }

  private static boolean mostlyPlausible(String text) {
    long plausible =
        text.codePoints()
            .filter(
                c ->
                    (c >= 0x20 && c < 0x7F)
                        || c == '\n'
                        || c == '\r'
                        || c == '\t'
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || (c >= 0x3000 && c <= 0x303F)
                        || (c >= 0xFF00 && c <= 0xFFEF))
            .count();
    return plausible * 10 >= text.codePointCount(0, text.length()) * 9L;
  }

  /** Recognises common binary formats by their magic numbers; {@code null} if none matches. */
  static String binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return "ZIP/DOCX";
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "Office DOC/XLS";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return "PNG";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "JPEG";
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return "GIF";
    }
    if (startsWith(b, 0x1F, 0x8B)) {
      return "GZIP";
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return "ELF";
    }
    if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
      return "RTF";
    }
    return null;
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

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }
}
