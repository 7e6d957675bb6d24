package org.nianbao.ingest;

import java.nio.file.Path;

/**
 * A report file that cannot be parsed (empty, binary, not a report, unreadable, too big …), with a
 * one-line Chinese reason. {@link #getMessage()} is {@code "<source>: <reason>"}.
 */
public final class ReportFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String reason;

  public ReportFileException(String source, String reason) {
    this(source, reason, null);
  }

  public ReportFileException(String source, String reason, Throwable cause) {
    super(source + ": " + reason, cause);
    this.source = source;
    this.reason = reason;
  }

  public ReportFileException(Path file, String reason, Throwable cause) {
    this(String.valueOf(file), reason, cause);
  }

  /** The file path (or other source name) as given. */
  public String source() {
    return source;
  }

  /** The source as a path, or {@code null} when it is not a valid path. */
  public Path path() {
    try {
      return Path.of(source);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The one-line reason without the source, e.g. {@code 文件为空}. */
  public String reason() {
    return reason;
  }
}
