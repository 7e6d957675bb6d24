package org.nianbao.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Applies {@link ChineseFolding} while reading; length-preserving, so offsets need no correction.
 */
final class FoldingCharFilter extends CharFilter {

  FoldingCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    if (n > 0) {
      ChineseFolding.foldInPlace(cbuf, off, n);
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
