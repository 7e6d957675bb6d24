package org.nianbao.ingest.read;

import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.TextDecoder;

/** Reads a plain-text file: {@link TextDecoder}'s charset cascade, its guess as a warning. */
public final class TextReader implements DocumentReader {

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public Extracted read(String source, byte[] bytes) throws ReportFileException {
    TextDecoder.Decoded decoded = decoder.decode(source, bytes);
    return new Extracted(
        Format.TEXT,
        decoded.text(),
        java.util.List.of(),
        PageHints.NONE,
        decoded.warning().stream().toList());
  }
}
