package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.nianbao.index.Fields;

/**
 * The length norms of one section text field ({@link Fields#BODY_BIGRAMS}, or the run-grams of
 * {@link Fields#BODY_GRAMS}) as one byte per document, per segment, read on first use and kept for
 * the reader. The index stores them sparsely (report documents have no text), so reading a norm
 * costs a look-up in a jump table; ranking reads one per scored term and section.
 */
final class BodyNorms {
  private final List<LeafReaderContext> leaves;
  private final AtomicReferenceArray<byte[]> norms;
  private final String field;

  BodyNorms(IndexReader reader, String field) {
    this.leaves = reader.leaves();
    this.field = field;
    this.norms = new AtomicReferenceArray<>(leaves.size());
  }

  /** The norms of segment {@code ord}, indexed by document (0 where a document has no text). */
  byte[] of(int ord) {
    byte[] n = norms.get(ord);
    if (n == null) {
      n = read(leaves.get(ord), field);
      norms.compareAndSet(ord, null, n);
    }
    return n;
  }

  private static byte[] read(LeafReaderContext ctx, String field) {
    byte[] out = new byte[ctx.reader().maxDoc()];
    try {
      NumericDocValues values = ctx.reader().getNormValues(field);
      if (values != null) {
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
          out[d] = (byte) values.longValue();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
