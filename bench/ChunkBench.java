import java.nio.file.*; import java.util.*;
import org.apache.lucene.codecs.*; import org.apache.lucene.codecs.lucene90.*; import org.apache.lucene.codecs.lucene90.compressing.*;
import org.apache.lucene.document.*; import org.apache.lucene.index.*; import org.apache.lucene.store.*;
/**
 * Reading one stored section text at random, per stored-fields chunk size (issue 16, thirteenth
 * round: {@code org.nianbao.index.NianbaoCodec}). Copies the section texts of the first 120,000
 * documents of INDEX into one temporary index per chunk size (0 = Lucene's default, 80 KB; same
 * LZ4 with a preset dictionary), then reads 20,000 random sections in groups of 10 per reader (as
 * a result page does), 8 rounds; prints the .fdt size and the best round's microseconds per text.
 *
 * <p>usage (JDK 25): javac -cp JAR -d /tmp/cb bench/ChunkBench.java &amp;&amp; java -Xmx2g -cp
 * /tmp/cb:JAR ChunkBench INDEX
 */
public class ChunkBench {
  static Codec codec(int chunk, int docs) {
    StoredFieldsFormat f = chunk == 0 ? null : new Lucene90CompressingStoredFieldsFormat("X", Lucene90StoredFieldsFormat.BEST_SPEED_MODE, chunk, docs, 10);
    return f == null ? Codec.getDefault() : new FilterCodec(Codec.getDefault().getName(), Codec.getDefault()) { public StoredFieldsFormat storedFieldsFormat() { return f; } };
  }
  static IndexWriterConfig cfg(int chunk) { IndexWriterConfig c = new IndexWriterConfig().setCodec(codec(chunk, 128)).setRAMBufferSizeMB(256).setUseCompoundFile(false); TieredMergePolicy mp = new TieredMergePolicy(); mp.setNoCFSRatio(0); c.setMergePolicy(mp); return c; }
  public static void main(String[] a) throws Exception {
    List<String> texts = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(Path.of(a[0])))) {
      StoredFields sf = r.storedFields();
      for (int d = 0; d < 120000; d++) { Document doc = sf.document(d); String b = doc.get("body"); texts.add(b); }
    }
    long nn = texts.stream().filter(Objects::nonNull).count(); System.out.println("docs " + texts.size() + " with body " + nn);
    int[] chunks = {0, 16384, 8192, 32768};
    for (int chunk : chunks) {
      Path p = Files.createTempDirectory("cb");
      try (Directory dir = FSDirectory.open(p); IndexWriter w = new IndexWriter(dir, cfg(chunk))) {
        for (String t : texts) { Document d = new Document(); if (t != null) d.add(new StoredField("body", t)); w.addDocument(d); }
        w.forceMerge(1);
      }
      long size = 0; for (Path f : Files.list(p).toList()) if (f.toString().endsWith(".fdt")) size += Files.size(f);
      try (Directory dir = FSDirectory.open(p)) {
        SegmentInfos sis = SegmentInfos.readLatestCommit(dir); SegmentCommitInfo sci = sis.info(0);
        Codec c = codec(chunk, 128);
        FieldInfos fis = c.fieldInfosFormat().read(dir, sci.info, "", IOContext.DEFAULT);
        StoredFieldsReader sfr = c.storedFieldsFormat().fieldsReader(dir, sci.info, fis, IOContext.DEFAULT);
        Random rnd = new Random(1); long best = Long.MAX_VALUE; long sum = 0;
        for (int round = 0; round < 8; round++) {
          int[] ds = new int[20000]; for (int i = 0; i < ds.length; i++) { int x; do { x = rnd.nextInt(texts.size()); } while (texts.get(x) == null); ds[i] = x; }
          long t0 = System.nanoTime();
          for (int i = 0; i < ds.length; i += 10) { StoredFieldsReader sf = sfr.clone(); for (int j = i; j < i + 10; j++) { DocumentStoredFieldVisitor v = new DocumentStoredFieldVisitor(); sf.document(ds[j], v); String s = v.getDocument().get("body"); sum += s.length(); } }
          best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("chunk %6d: fdt %.1f MB, best %.2f us/doc (%d)%n", chunk, size / 1e6, best / 1e3 / 20000, sum % 7);
      }
    }
  }
}
