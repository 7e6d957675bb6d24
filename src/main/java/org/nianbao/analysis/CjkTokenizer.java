package org.nianbao.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A deliberately simple tokenizer for the exact-match field: a run of Han characters is one token
 * typed {@code <IDEOGRAPHIC>} (split into unigrams and bigrams by {@code CJKBigramFilter}), a run
 * of other letters and digits is one {@code <ALPHANUM>} token, and everything else separates
 * tokens. Unlike UAX#29 it never glues {@code www.example.gov.cn} or {@code 3.5} into one token, so
 * ASCII words match as whole words wherever they stand.
 */
final class CjkTokenizer extends Tokenizer {
  static final int MAX_TOKEN_CHARS = 255;
  private static final String IDEOGRAPHIC =
      StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC];
  private static final String ALPHANUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final char[] buf = new char[4096];
  private int bufLen;
  private int bufPos;
  private int pending = -1; // a code point read but not yet consumed
  private int pendingLen;

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    int cp;
    // skip separators
    while (true) {
      cp = next();
      if (cp < 0) {
        return false;
      }
      if (kind(cp) != 0) {
        break;
      }
    }
    int k = kind(cp);
    int start = consumedOffset() - Character.charCount(cp);
    term.setEmpty();
    appendCodePoint(cp);
    int len = Character.charCount(cp);
    while (len < MAX_TOKEN_CHARS) {
      int c = next();
      if (c < 0) {
        break;
      }
      if (kind(c) != k) {
        pushBack(c);
        break;
      }
      appendCodePoint(c);
      len += Character.charCount(c);
    }
    offset.setOffset(correctOffset(start), correctOffset(start + len));
    type.setType(k == 1 ? IDEOGRAPHIC : ALPHANUM);
    return true;
  }

  private void appendCodePoint(int cp) {
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      term.append((char) cp);
    } else {
      term.append(Character.highSurrogate(cp)).append(Character.lowSurrogate(cp));
    }
  }

  /** 0 separator, 1 Han, 2 other letter or digit. */
  static int kind(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z')
          ? 2
          : 0;
    }
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return 1;
    }
    if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
      return Character.isLetter(cp) || Character.isIdeographic(cp) || cp == 0x3007 ? 1 : 0;
    }
    return Character.isLetterOrDigit(cp) ? 2 : 0;
  }

  private int consumed; // number of chars consumed from the input

  private int consumedOffset() {
    return consumed;
  }

  private void pushBack(int cp) {
    pending = cp;
    pendingLen = Character.charCount(cp);
    consumed -= pendingLen;
  }

  private int next() throws IOException {
    if (pending >= 0) {
      int cp = pending;
      pending = -1;
      consumed += pendingLen;
      return cp;
    }
    int c1 = read();
    if (c1 < 0) {
      return -1;
    }
    char ch = (char) c1;
    if (Character.isHighSurrogate(ch)) {
      int c2 = read();
      if (c2 >= 0 && Character.isLowSurrogate((char) c2)) {
        consumed += 2;
        return Character.toCodePoint(ch, (char) c2);
      }
      if (c2 >= 0) {
        bufPos--; // unread the lone char after a broken surrogate
      }
      consumed += 1;
      return ch;
    }
    consumed += 1;
    return ch;
  }

  private int read() throws IOException {
    if (bufPos >= bufLen) {
      bufLen = input.read(buf, 0, buf.length);
      bufPos = 0;
      if (bufLen <= 0) {
        bufLen = 0;
        return -1;
      }
    }
    return buf[bufPos++];
  }

  @Override
  public void end() throws IOException {
    super.end();
    int finalOffset = correctOffset(consumed);
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    bufLen = 0;
    bufPos = 0;
    pending = -1;
    consumed = 0;
  }
}
