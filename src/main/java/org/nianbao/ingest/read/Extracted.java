package org.nianbao.ingest.read;

import java.util.List;

/**
 * The text a {@link DocumentReader} took out of a file, ready for the repair and section pipeline:
 * one paragraph or table row per line (cells separated by tabs).
 *
 * @param format the detected format
 * @param text the whole text
 * @param pages for PDF, the text of each page (page 1 first) — {@code text} is their concatenation;
 *     empty for other formats
 * @param hints page metadata (HTML only; {@link PageHints#NONE} otherwise)
 * @param warnings non-fatal problems noticed while reading
 */
public record Extracted(
    Format format, String text, List<String> pages, PageHints hints, List<String> warnings) {

  public Extracted {
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** Text without pages, hints or warnings. */
  public static Extracted of(Format format, String text) {
    return new Extracted(format, text, List.of(), PageHints.NONE, List.of());
  }
}
