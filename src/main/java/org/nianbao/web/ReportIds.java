package org.nianbao.web;

/** Guards report ids taken from URLs before they reach the search service. */
final class ReportIds {
  static final int MAX_LENGTH = 200;

  private ReportIds() {}

  /** Readable ids only: no path tricks, no control characters, not absurdly long. */
  static boolean plausible(String id) {
    if (id == null || id.isBlank() || id.length() > MAX_LENGTH) {
      return false;
    }
    if (id.contains("/") || id.contains("\\") || id.contains("..")) {
      return false;
    }
    return id.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
  }
}
