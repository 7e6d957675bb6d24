package org.nianbao.index;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;

/**
 * Lucene's codec with smaller stored-field chunks. A result page reads the stored text of about
 * thirty sections it cannot predict, one at a time; Lucene's default compresses stored fields in
 * chunks of 80 KB (a 4 KB dictionary and ten 8 KB blocks), so reading one section decompresses the
 * dictionary and every block it touches: ~16 µs per section on this corpus. Chunks of {@value
 * #CHUNK_BYTES} bytes (the same LZ4 with a preset dictionary) read a section in about half the
 * time, for ~20% more stored bytes (BENCHMARKS.md, issue 16's thirteenth round).
 *
 * <p>Segments name their codec: those written before this codec (plain {@code Lucene104}) stay
 * readable and are rewritten with this one when merged. Registered for Lucene's lookup by name in
 * {@code META-INF/services/org.apache.lucene.codecs.Codec}; the name must never change.
 */
public final class NianbaoCodec extends FilterCodec {
  /** The name written into every segment (Lucene finds the codec by it when reading). */
  public static final String NAME = "Nianbao104";

  /** Uncompressed bytes per stored-fields chunk (Lucene's default: 80 KB). */
  static final int CHUNK_BYTES = 32 * 1024;

  private final StoredFieldsFormat stored =
      new Lucene90CompressingStoredFieldsFormat(
          "NianbaoStoredFields", Lucene90StoredFieldsFormat.BEST_SPEED_MODE, CHUNK_BYTES, 512, 10);

  /** The codec (public and without arguments: Lucene instantiates it by name). */
  public NianbaoCodec() {
    super(NAME, new Lucene104Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return stored;
  }
}
