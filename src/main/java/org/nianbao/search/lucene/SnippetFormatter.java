package org.nianbao.search.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.nianbao.search.Mark;
import org.nianbao.search.Snippet;

/**
 * Formats highlighter passages as snippets: plain text plus the ranges that match, one snippet per
 * passage (a sentence, table row or paragraph), cropped to about {@link #TARGET} characters around
 * the first match with {@code …} where text was cut. A cut never falls inside a match or an ASCII
 * word. Returns a {@code List<Snippet>}; escaping for HTML is the web layer's job.
 */
final class SnippetFormatter extends PassageFormatter {
  static final int TARGET = 120;
  static final int BEFORE = 30;

  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet> out = new ArrayList<>(passages.length);
    for (Passage p : passages) {
      out.add(format(p, content));
    }
    return out;
  }

  private static Snippet format(Passage p, String content) {
    int pStart = p.getStartOffset();
    int pEnd = trimEnd(content, pStart, p.getEndOffset());
    pStart = trimStart(content, pStart, pEnd);
    int n = p.getNumMatches();
    int[] ms = p.getMatchStarts();
    int[] me = p.getMatchEnds();
    int start = pStart;
    int end = pEnd;
    if (end - start > TARGET) {
      int anchor = n > 0 ? ms[0] : pStart;
      start = Math.max(pStart, anchor - BEFORE);
      end = Math.min(pEnd, start + TARGET);
      start = Math.max(pStart, Math.min(start, end - TARGET));
      for (int i = 0; i < n; i++) { // never cut a mark
        if (ms[i] < end && me[i] > end) {
          end = Math.min(pEnd, me[i]);
        }
        if (ms[i] < start && me[i] > start) {
          start = ms[i];
        }
      }
      start = wordStart(content, start, pStart);
      end = wordEnd(content, end, pEnd);
    }
    StringBuilder sb = new StringBuilder(end - start + 2);
    List<Mark> marks = new ArrayList<>(n);
    if (start > pStart) {
      sb.append('…');
    }
    int pos = start;
    for (int i = 0; i < n; i++) {
      int s = Math.max(ms[i], pos);
      int e = Math.min(me[i], end);
      while (i + 1 < n && ms[i + 1] <= e) { // merge overlapping or touching matches
        e = Math.min(Math.max(e, me[++i]), end);
      }
      if (s >= end) {
        break;
      }
      if (e <= s) {
        continue;
      }
      oneLine(sb, content, pos, s);
      int markStart = sb.length();
      oneLine(sb, content, s, e);
      marks.add(new Mark(markStart, sb.length()));
      pos = e;
    }
    oneLine(sb, content, pos, end);
    if (end < pEnd) {
      sb.append('…');
    }
    return new Snippet(sb.toString(), marks);
  }

  /** Appends {@code s[from, to)} with line breaks as spaces (a snippet is one line). */
  private static void oneLine(StringBuilder sb, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      sb.append(c == '\n' || c == '\r' ? ' ' : c);
    }
  }

  private static int trimStart(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int trimEnd(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static boolean asciiWordChar(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c);
  }

  private static int wordStart(String s, int start, int min) {
    while (start > min && asciiWordChar(s.charAt(start)) && asciiWordChar(s.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static int wordEnd(String s, int end, int max) {
    while (end < max
        && end > 0
        && asciiWordChar(s.charAt(end))
        && asciiWordChar(s.charAt(end - 1))) {
      end++;
    }
    return end;
  }
}
