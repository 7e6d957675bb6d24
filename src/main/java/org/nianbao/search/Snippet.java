package org.nianbao.search;

import java.util.List;

/**
 * A passage of a matching section: plain text (one line; {@code …} where it was cut) and the ranges
 * of {@code text} that match the query, in order and not overlapping. It holds no markup: the web
 * layer escapes it for HTML, the CLI prints the ranges as 【】.
 */
public record Snippet(String text, List<Mark> marks) {

  public Snippet {
    marks = List.copyOf(marks);
  }
}
