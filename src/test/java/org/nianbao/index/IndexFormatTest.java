package org.nianbao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new index records the current format; an index without the marker (built before it existed)
 * keeps lacking it when reports are added, since its older documents have no run-grams.
 */
class IndexFormatTest {
  @TempDir Path tmp;

  @Test
  void a_new_index_has_run_grams_and_an_old_one_keeps_its_format() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    List<Path> samples;
    try (var files = Files.list(ReportIndexerTest.SAMPLES)) {
      samples =
          files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt")).toList();
    }
    Files.copy(samples.get(0), corpus.resolve(samples.get(0).getFileName()));
    Path index = tmp.resolve("index");
    index(index, corpus);
    assertThat(format(index)).isEqualTo(IndexFormat.RUN_GRAMS);

    // the index as an older version left it: the same commit without the marker
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w =
            new IndexWriter(
                dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.<String, String>of().entrySet());
      w.commit();
    }
    assertThat(format(index)).isEqualTo(IndexFormat.WITHOUT_GRAMS);
    Files.copy(samples.get(1), corpus.resolve(samples.get(1).getFileName()));
    assertThat(index(index, corpus).indexed()).isEqualTo(1);
    assertThat(format(index)).isEqualTo(IndexFormat.WITHOUT_GRAMS);
  }

  private static IndexSummary index(Path index, Path corpus) throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      return indexer.index(List.of(corpus), false, ProgressListener.NONE);
    }
  }

  private static int format(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      return IndexFormat.of(r);
    }
  }
}
