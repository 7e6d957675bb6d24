package org.nianbao.web;

import org.nianbao.search.Mark;
import org.nianbao.search.Snippet;

/**
 * HTML from search snippets: the one place nianbao writes report text into HTML itself (all other
 * text reaches pages through jte's escaping).
 */
final class Html {
  private Html() {}

  /** {@code snippet}'s text escaped, with {@code <mark>} around its match ranges. */
  static String snippet(Snippet snippet) {
    String text = snippet.text();
    StringBuilder sb = new StringBuilder(text.length() + 16 * snippet.marks().size());
    int pos = 0;
    for (Mark m : snippet.marks()) {
      escape(sb, text, pos, m.start());
      sb.append("<mark>");
      escape(sb, text, m.start(), m.end());
      sb.append("</mark>");
      pos = m.end();
    }
    escape(sb, text, pos, text.length());
    return sb.toString();
  }

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
