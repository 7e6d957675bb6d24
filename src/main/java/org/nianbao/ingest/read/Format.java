package org.nianbao.ingest.read;

/** The kinds of report file nianbao reads, detected from content, not from the file name. */
public enum Format {
  TEXT("文本"),
  PDF("PDF"),
  DOCX("DOCX"),
  DOC("DOC/WPS"),
  HTML("网页");

  private final String label;

  Format(String label) {
    this.label = label;
  }

  /** The name shown to users (summary counts, messages). */
  public String label() {
    return label;
  }
}
