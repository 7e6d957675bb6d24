package org.nianbao.search.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * Passage boundaries for Chinese report text: after 。！？；!?; and at line ends (paragraphs and table
 * rows). Boundaries are computed once per text.
 */
final class SentenceBreakIterator extends BreakIterator {
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] bounds = {0};
  private int current;

  static boolean isBreakChar(char c) {
    return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';'
        || c == '\n';
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    int begin = newText.getBeginIndex();
    int end = newText.getEndIndex();
    int[] b = new int[16];
    int n = 0;
    b[n++] = begin;
    for (char c = newText.setIndex(begin); c != CharacterIterator.DONE; c = newText.next()) {
      if (isBreakChar(c)) {
        int after = newText.getIndex() + 1;
        if (after < end) {
          if (n == b.length) {
            b = Arrays.copyOf(b, n * 2);
          }
          b[n++] = after;
        }
      }
    }
    if (end > begin) {
      if (n == b.length) {
        b = Arrays.copyOf(b, n + 1);
      }
      b[n++] = end;
    }
    bounds = Arrays.copyOf(b, n);
    current = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    current = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    current = bounds.length - 1;
    return bounds[current];
  }

  @Override
  public int next(int n) {
    int target = current + n;
    if (target < 0 || target >= bounds.length) {
      current = target < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    current = target;
    return bounds[current];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i + 1 : -i - 1;
    if (i >= bounds.length) {
      current = bounds.length - 1;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int preceding(int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    i = i >= 0 ? i - 1 : -i - 2;
    if (i < 0) {
      current = 0;
      return DONE;
    }
    current = i;
    return bounds[i];
  }

  @Override
  public int current() {
    return bounds[current];
  }
}
