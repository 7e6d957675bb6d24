package org.nianbao.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new index records the current format; an index without the marker (built before it existed)
 * keeps lacking it when reports are added, since its older documents have no run-grams; an index of
 * format 2 (run-grams without frequencies) takes new reports in its own field options, which Lucene
 * requires of every document, and is still searched.
 */
class IndexFormatTest {
  @TempDir Path tmp;

  @Test
  void a_new_index_has_scored_run_grams_and_an_old_one_keeps_its_format() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    List<Path> samples;
    try (var files = Files.list(ReportIndexerTest.SAMPLES)) {
      samples =
          files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt")).toList();
    }
    Files.copy(samples.get(0), corpus.resolve(samples.get(0).getFileName()));
    Path index = tmp.resolve("index");
    index(index, corpus);
    assertThat(format(index)).isEqualTo(IndexFormat.YEAR_SORTED).isEqualTo(IndexFormat.CURRENT);
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      var infos = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(r);
      for (var leaf : r.leaves()) { // sorted by year, newest first; blocks kept by the parent field
        assertThat(leaf.reader().getMetaData().sort().toString())
            .isEqualTo("<int: \"year\">! missingValue=-2147483648");
      }
      assertThat(infos.getParentField()).isEqualTo(Fields.REPORT_PARENT);
      for (String f : Fields.GRAM_FIELDS) { // the title's run-grams score like the text's
        assertThat(infos.fieldInfo(f).getIndexOptions())
            .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        assertThat(infos.fieldInfo(f).omitsNorms()).isFalse();
      }
    }

    // an index an older version began: an empty commit without the marker
    Path older = tmp.resolve("older");
    try (FSDirectory dir = FSDirectory.open(older);
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      w.commit();
    }
    assertThat(format(older)).isEqualTo(IndexFormat.WITHOUT_GRAMS);
    assertThat(index(older, corpus).indexed()).isEqualTo(1);
    assertThat(format(older)).isEqualTo(IndexFormat.WITHOUT_GRAMS);
    assertUnsorted(older); // Lucene refuses to sort an index that was not sorted from the start
    Files.copy(samples.get(1), corpus.resolve(samples.get(1).getFileName()));
    assertThat(index(older, corpus).indexed()).isEqualTo(1);
    assertThat(format(older)).isEqualTo(IndexFormat.WITHOUT_GRAMS);
  }

  @Test
  void a_format_2_index_takes_new_reports_without_changing_its_fields() throws Exception {
    List<Path> samples;
    try (var files = Files.list(ReportIndexerTest.SAMPLES)) {
      samples =
          files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt")).toList();
    }
    Path index = tmp.resolve("index2");
    org.nianbao.ingest.ReportParser parser = new org.nianbao.ingest.ReportParser();
    org.nianbao.ingest.Report first = parser.parse(samples.get(0));
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter w =
            new IndexWriter(
                dir,
                new IndexWriterConfig(
                    org.nianbao.analysis.Analyzers.forIndexing(
                        Fields.BIGRAM_FIELDS, Fields.GRAM_FIELDS)))) {
      w.addDocuments(ReportDocuments.block(first, first.id(), "k0", "f0", IndexFormat.RUN_GRAMS));
      w.setLiveCommitData(IndexFormat.userData(IndexFormat.RUN_GRAMS).entrySet());
      w.commit();
    }
    assertThat(format(index)).isEqualTo(IndexFormat.RUN_GRAMS);
    Path corpus = Files.createDirectories(tmp.resolve("corpus2"));
    Files.copy(samples.get(1), corpus.resolve(samples.get(1).getFileName()));
    // a new document with the scored options would make Lucene refuse the whole run
    assertThat(index(index, corpus).indexed()).isEqualTo(1);
    assertThat(format(index)).isEqualTo(IndexFormat.RUN_GRAMS);
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      assertThat(r.numDocs())
          .isEqualTo(
              first.sections().size() + 1 + parser.parse(samples.get(1)).sections().size() + 1);
      assertThat(
              org.apache.lucene.index.FieldInfos.getMergedFieldInfos(r)
                  .fieldInfo(Fields.BODY_GRAMS)
                  .getIndexOptions())
          .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS);
    }
  }

  private static IndexSummary index(Path index, Path corpus) throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      return indexer.index(List.of(corpus), false, ProgressListener.NONE);
    }
  }

  private static void assertUnsorted(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      assertThat(r.leaves()).isNotEmpty().allMatch(l -> l.reader().getMetaData().sort() == null);
    }
  }

  private static int format(Path index) throws Exception {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      return IndexFormat.of(r);
    }
  }
}
