package org.nianbao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New segments are written with {@link NianbaoCodec} (found by name, as Lucene reads them), and an
 * index whose segments were written with Lucene's own codec (before this one) stays readable when
 * new reports join it: every section text of both kinds reads back.
 */
class NianbaoCodecTest {
  @TempDir Path tmp;

  @Test
  void new_segments_use_the_codec_and_old_ones_stay_readable() throws Exception {
    List<Path> samples;
    try (var files = Files.list(ReportIndexerTest.SAMPLES)) {
      samples =
          files
              .filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt"))
              .sorted()
              .toList();
    }
    assertThat(Codec.forName(NianbaoCodec.NAME)).isInstanceOf(NianbaoCodec.class);

    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(samples.get(0), corpus.resolve(samples.get(0).getFileName()));
    Path fresh = tmp.resolve("fresh");
    index(fresh, corpus);
    assertThat(codecs(fresh)).containsOnly(NianbaoCodec.NAME);
    List<String> texts = texts(fresh);
    assertThat(texts).hasSizeGreaterThan(3).allMatch(t -> t.length() > 10);

    // the same index as Lucene's own codec wrote it (as before this codec existed)
    Path old = tmp.resolve("old");
    try (FSDirectory from = FSDirectory.open(fresh);
        DirectoryReader r = DirectoryReader.open(from);
        FSDirectory to = FSDirectory.open(old);
        IndexWriter w = new IndexWriter(to, sorted(new IndexWriterConfig()))) {
      w.addIndexes(
          r.leaves().stream().map(c -> (CodecReader) c.reader()).toArray(CodecReader[]::new));
      w.setLiveCommitData(r.getIndexCommit().getUserData().entrySet());
      w.commit();
    }
    assertThat(codecs(old)).containsOnly(Codec.getDefault().getName());
    assertThat(texts(old)).isEqualTo(texts);

    Files.copy(samples.get(1), corpus.resolve(samples.get(1).getFileName()));
    assertThat(index(old, corpus).indexed()).isEqualTo(1);
    assertThat(codecs(old)).containsExactly(Codec.getDefault().getName(), NianbaoCodec.NAME);
    List<String> both = texts(old);
    assertThat(both.subList(0, texts.size())).isEqualTo(texts);
    assertThat(both.size()).isGreaterThan(texts.size() + 3);
  }

  private static IndexWriterConfig sorted(IndexWriterConfig config) {
    ReportIndexer.sortByYear(config); // the sort (and parent field) the index was written with
    return config;
  }

  private static IndexSummary index(Path index, Path corpus) throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      return indexer.index(List.of(corpus), false, ProgressListener.NONE);
    }
  }

  private static List<String> codecs(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index)) {
      List<String> out = new ArrayList<>();
      for (SegmentCommitInfo s : SegmentInfos.readLatestCommit(dir)) {
        if (s.info.maxDoc() > 0) {
          out.add(s.info.getCodec().getName());
        }
      }
      return out;
    }
  }

  /** Every section text in index order. */
  private static List<String> texts(Path index) throws Exception {
    List<String> out = new ArrayList<>();
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      for (LeafReaderContext c : r.leaves()) {
        StoredFields stored = c.reader().storedFields();
        for (int d = 0; d < c.reader().maxDoc(); d++) {
          String body = stored.document(d).get(Fields.BODY);
          if (body != null) {
            out.add(body);
          }
        }
      }
    }
    return out;
  }
}
