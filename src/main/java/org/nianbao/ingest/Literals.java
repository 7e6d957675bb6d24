package org.nianbao.ingest;

import java.util.List;

/**
 * Literal words a pattern cannot match without: checked with {@link String#contains} before the
 * pattern runs, so most lines skip a regex that would try every alternative at every position.
 */
final class Literals {
  private Literals() {}

  /** Whether {@code s} contains one of {@code words}. */
  static boolean any(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
