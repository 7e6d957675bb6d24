package org.nianbao.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns the bigram chain's output into the three- and four-character runs it implies: where a
 * bigram stands at the position right after another bigram, the two join into a trigram ({@code 信息}
 * + {@code 息公} → {@code 信息公}), and with a third, into a four-gram. Every other token is dropped. A
 * run-gram is therefore present exactly where the phrase query of its bigrams (at consecutive
 * positions) matches, so a three- or four-character phrase can be found as one term instead of by
 * reading positions ({@link Analyzers#gramsForIndex()}).
 */
public final class RunGramFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);

  private int pos;
  private char[] last = new char[4]; // the bigram at position lastPos (lastLen < 0: none)
  private int lastLen;
  private int lastPos;
  private char[] before = new char[4]; // the bigram at position beforePos (beforeLen < 0: none)
  private int beforeLen;
  private int beforePos;
  private char[] pending = new char[8]; // a four-gram to emit after the trigram (pendingLen >= 0)
  private int pendingLen;

  RunGramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingLen >= 0) {
      term.copyBuffer(pending, 0, pendingLen);
      inc.setPositionIncrement(0);
      pendingLen = -1;
      return true;
    }
    while (input.incrementToken()) {
      pos += inc.getPositionIncrement();
      if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
        continue;
      }
      char[] cur = term.buffer();
      int curLen = term.length();
      int curTail = tail(cur, curLen);
      boolean tri = lastLen >= 0 && lastPos == pos - 1;
      if (tri && beforeLen >= 0 && beforePos == pos - 2) {
        int lastTail = tail(last, lastLen);
        pendingLen = beforeLen + (lastLen - lastTail) + (curLen - curTail);
        pending = ensure(pending, pendingLen);
        System.arraycopy(before, 0, pending, 0, beforeLen);
        System.arraycopy(last, lastTail, pending, beforeLen, lastLen - lastTail);
        System.arraycopy(cur, curTail, pending, beforeLen + lastLen - lastTail, curLen - curTail);
      }
      char[] t = before; // before <- last, last <- cur
      before = last;
      beforeLen = lastLen;
      beforePos = lastPos;
      last = ensure(t, curLen);
      System.arraycopy(cur, 0, last, 0, curLen);
      lastLen = curLen;
      lastPos = pos;
      if (tri) { // the previous bigram and this one's last character
        int len = beforeLen + curLen - curTail;
        char[] buf = term.resizeBuffer(len);
        System.arraycopy(before, 0, buf, 0, beforeLen);
        System.arraycopy(last, curTail, buf, beforeLen, curLen - curTail);
        term.setLength(len);
        inc.setPositionIncrement(1);
        return true;
      }
    }
    return false;
  }

  /** Where the bigram in {@code chars[0, len)} continues after its first code point. */
  private static int tail(char[] chars, int len) {
    return Character.charCount(Character.codePointAt(chars, 0, len));
  }

  private static char[] ensure(char[] buf, int len) {
    return buf.length >= len ? buf : new char[Math.max(len, 2 * buf.length)];
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pos = -1;
    lastLen = -1;
    beforeLen = -1;
    pendingLen = -1;
    lastPos = Integer.MIN_VALUE;
    beforePos = Integer.MIN_VALUE;
  }
}
