package org.nianbao.ingest.read;

import org.nianbao.ingest.ReportFileException;

/** Reads the text out of one file format. Implementations are stateless and thread-safe. */
public interface DocumentReader {

  /**
   * Extracts the text of {@code bytes}; {@code source} names the file in errors. Every expected
   * problem (encrypted, no text layer, damaged) is a {@link ReportFileException} with a one-line
   * Chinese reason.
   */
  Extracted read(String source, byte[] bytes) throws ReportFileException;
}
