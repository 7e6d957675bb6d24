package org.nianbao.search;

import java.util.List;

/** A matching section of a report, with up to three snippets. */
public record SectionHit(int number, String title, List<Snippet> snippets) {

  public SectionHit {
    snippets = List.copyOf(snippets);
  }
}
