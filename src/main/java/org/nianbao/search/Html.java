package org.nianbao.search;

/** HTML escaping for the highlighter's output (the only place nianbao produces HTML from text). */
final class Html {
  private Html() {}

  static void escape(StringBuilder sb, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\r' -> sb.append(' ');
        default -> sb.append(c);
      }
    }
  }
}
