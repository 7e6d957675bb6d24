package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.index.Term;

/**
 * The run-grams ({@link org.nianbao.index.Fields#BODY_GRAMS}: three- and four-character Han runs) a
 * phrase's bigrams make: the one that is the phrase, for finding and scoring a phrase of three or
 * four characters as one term, and the four-character ones that cover a longer phrase, for scoring
 * it.
 */
final class RunGrams {
  private RunGrams() {}

  /**
   * The Han run that {@code terms} (bigrams of a phrase, with their {@code positions}) spell when
   * they are all bigrams at consecutive positions, or null (a lone character, other words, a gap).
   */
  static String run(List<Term> terms, List<Integer> positions, List<Boolean> isBigram) {
    if (terms.size() < 2 || isBigram.contains(false)) {
      return null;
    }
    StringBuilder b = new StringBuilder(terms.get(0).text());
    for (int i = 1; i < terms.size(); i++) {
      if (positions.get(i) != positions.get(i - 1) + 1) {
        return null;
      }
      String t = terms.get(i).text();
      b.append(t, Character.charCount(t.codePointAt(0)), t.length());
    }
    return b.toString();
  }

  /** {@code run} when it is one run-gram (three or four characters), else null. */
  static String gram(String run) {
    int n = run == null ? 0 : run.codePointCount(0, run.length());
    return n == 3 || n == 4 ? run : null;
  }

  /**
   * The run-grams that score {@code run}, distinct, in order: the run itself when it is one; for a
   * run of five or more characters, four-character run-grams from its start every four characters
   * and one ending at its end, so that every character is in one; none for a shorter run (or null).
   */
  static List<String> scoring(String run) {
    if (gram(run) != null) {
      return List.of(run);
    }
    int[] cps = run == null ? new int[0] : run.codePoints().toArray();
    if (cps.length < 5) {
      return List.of();
    }
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (int s = 0; s + 4 <= cps.length; s += 4) {
      out.add(new String(cps, s, 4));
    }
    out.add(new String(cps, cps.length - 4, 4));
    return new ArrayList<>(out);
  }
}
