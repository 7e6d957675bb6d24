package org.nianbao.ingest.read;

/** Small text helpers shared by the Word readers. */
final class WordText {
  private WordText() {}

  /** A cell's text on one line: hard line breaks and paragraph marks inside the cell joined. */
  static String joinCellLines(String text) {
    return text.replaceAll("[\\r\\n\\u000b\\u0007\\t]+", "").strip();
  }

  static String oneLine(Throwable e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return msg.replaceAll("\\s+", " ").strip();
  }
}
