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
  private String last; // the bigram at position lastPos
  private int lastPos;
  private String before; // the bigram at position beforePos
  private int beforePos;
  private String pending; // a four-gram to emit after the trigram ending at the same bigram

  RunGramFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      term.setEmpty().append(pending);
      inc.setPositionIncrement(0);
      pending = null;
      return true;
    }
    while (input.incrementToken()) {
      pos += inc.getPositionIncrement();
      if (!CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
        continue;
      }
      String cur = term.toString();
      String tri = null;
      if (last != null && lastPos == pos - 1) {
        tri = last + tail(cur);
        if (before != null && beforePos == pos - 2) {
          pending = before + tail(last) + tail(cur);
        }
      }
      before = last;
      beforePos = lastPos;
      last = cur;
      lastPos = pos;
      if (tri != null) {
        term.setEmpty().append(tri);
        inc.setPositionIncrement(1);
        return true;
      }
    }
    return false;
  }

  /** {@code bigram} without its first character (a code point, possibly two chars). */
  static String tail(String bigram) {
    return bigram.substring(Character.charCount(bigram.codePointAt(0)));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pos = -1;
    last = null;
    before = null;
    pending = null;
    lastPos = Integer.MIN_VALUE;
    beforePos = Integer.MIN_VALUE;
  }
}
