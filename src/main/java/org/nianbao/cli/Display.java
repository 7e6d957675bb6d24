package org.nianbao.cli;

/** Makes text from the file system (paths, reasons) safe to print on one terminal line. */
final class Display {
  private Display() {}

  /**
   * {@code s} with line breaks, tabs and other control characters shown as escapes ({@code \n},
   * {@code \x1b}).
   */
  static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
