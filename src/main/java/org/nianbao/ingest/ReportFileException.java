package org.nianbao.ingest;

import java.nio.file.Path;

/** A file that cannot become a report; placeholder until the parser lands. */
public class ReportFileException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String reason;

  public ReportFileException(String source, String reason) {
    super(source + ": " + reason);
    this.source = source;
    this.reason = reason;
  }

  public ReportFileException(Path file, String reason) {
    this(file.toString(), reason);
  }

  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }
}
