package org.nianbao.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose every match contains one of a few literals, starting at most {@code
 * maxOffset} chars after the match's start: {@link #groupOne} tries only the start positions that
 * close to a literal, and finds exactly what {@link Matcher#find()} in a loop finds (the same
 * matches, in the same order). Scanning every position of a report's head with patterns that begin
 * with a run of Han characters was a tenth of all indexing time.
 */
final class AnchoredPattern {
  private final Pattern pattern;
  private final int maxOffset;
  private final String[] literals;

  /**
   * @param regex the expression; it must have a group 1
   * @param maxOffset the furthest (in chars, counting a supplementary character as two) one of
   *     {@code literals} can start after the start of any match
   * @param literals strings one of which every match contains
   */
  AnchoredPattern(String regex, int maxOffset, String... literals) {
    this.pattern = Pattern.compile(regex);
    this.maxOffset = maxOffset;
    this.literals = literals.clone();
  }

  /** The plain pattern (what the result must equal). */
  Pattern pattern() {
    return pattern;
  }

  /**
   * Adds group 1 of every successive match in {@code key}, taken from {@code text}, to {@code out}.
   */
  void groupOne(String key, String text, List<String> out) {
    Matcher m = pattern.matcher(key).useTransparentBounds(true).useAnchoringBounds(false);
    int n = key.length();
    int[] next = new int[literals.length];
    java.util.Arrays.fill(next, -2); // -2: not looked up yet; -1: no more occurrences
    int s = 0;
    while (s < n) {
      int q = nearestLiteral(key, s, next);
      if (q < 0) {
        return;
      }
      int t = Math.max(s, q - maxOffset);
      boolean matched = false;
      for (; t <= q; t++) { // every start position is tried at most once over the whole scan
        m.region(t, n);
        if (m.lookingAt()) {
          out.add(text.substring(m.start(1), m.end(1)));
          s = m.end() > t ? m.end() : t + 1;
          matched = true;
          break;
        }
      }
      if (!matched) {
        s = q + 1;
      }
    }
  }

  /** Same as {@link #groupOne}, by scanning every position (the reference, for tests). */
  List<String> groupOnePlain(String key, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(key);
    while (m.find()) {
      out.add(text.substring(m.start(1), m.end(1)));
    }
    return out;
  }

  private int nearestLiteral(String key, int from, int[] next) {
    int best = -1;
    for (int i = 0; i < literals.length; i++) {
      if (next[i] == -2 || (next[i] >= 0 && next[i] < from)) {
        next[i] = key.indexOf(literals[i], from);
      }
      if (next[i] >= 0 && (best < 0 || next[i] < best)) {
        best = next[i];
      }
    }
    return best;
  }
}
