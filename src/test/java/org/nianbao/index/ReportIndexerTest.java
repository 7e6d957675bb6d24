package org.nianbao.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportIndexerTest {
  static final Path SAMPLES = Path.of("src/main/resources/corpus");

  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void copySamples() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    index = tmp.resolve("index");
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path f :
          files.filter(p -> p.toString().endsWith(".txt") && !p.endsWith("index.txt")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
  }

  IndexSummary run(boolean prune) throws Exception {
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      return indexer.index(List.of(corpus), prune, ProgressListener.NONE);
    }
  }

  long[] counts() throws IOException {
    try (FSDirectory dir = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(r);
      return new long[] {
        s.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT))),
        s.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SECTION))),
        r.numDocs()
      };
    }
  }

  @Test
  void indexing_the_same_files_again_changes_nothing() throws Exception {
    IndexSummary first = run(false);
    assertThat(first.indexed()).isEqualTo(5);
    assertThat(first.skipped()).isEmpty();
    long[] before = counts();
    assertThat(before[0]).isEqualTo(5);
    assertThat(before[1]).isEqualTo(first.sections());

    IndexSummary second = run(false);
    assertThat(second.indexed()).isZero();
    assertThat(second.unchanged()).isEqualTo(5);
    assertThat(counts()).containsExactly(before);
  }

  @Test
  void a_changed_file_replaces_its_whole_block_under_the_same_id() throws Exception {
    run(false);
    long[] before = counts();
    Path f = corpus.resolve("000_bf1f93b444d87913.txt");
    Files.writeString(f, Files.readString(f) + "\n补充说明。\n");
    Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    IndexSummary s = run(false);
    assertThat(s.indexed()).isEqualTo(1);
    assertThat(s.unchanged()).isEqualTo(4);
    assertThat(counts()).containsExactly(before); // no orphans, no duplicates
  }

  @Test
  void prune_drops_reports_whose_files_are_gone() throws Exception {
    run(false);
    Files.delete(corpus.resolve("001_f449ffc2418d0126.txt"));
    assertThat(run(false).pruned()).isZero();
    assertThat(counts()[0]).isEqualTo(5);
    IndexSummary s = run(true);
    assertThat(s.pruned()).isEqualTo(1);
    assertThat(s.totalReports()).isEqualTo(4);
    assertThat(counts()[0]).isEqualTo(4);
  }

  @Test
  void bad_files_are_skipped_with_a_reason_and_good_ones_indexed() throws Exception {
    Files.writeString(corpus.resolve("empty.txt"), "");
    Files.copy(
        SAMPLES.resolve("003_8f8da75a091af576.txt"),
        corpus.resolve("copy-of-003.txt"),
        StandardCopyOption.REPLACE_EXISTING);
    IndexSummary s = run(false);
    assertThat(s.indexed()).isEqualTo(6);
    assertThat(s.skipped())
        .extracting(Skipped::source)
        .containsExactly(corpus.resolve("empty.txt").toString());
    assertThat(s.skipped().get(0).reason()).isNotBlank();
  }

  @Test
  void only_one_writer_at_a_time() throws Exception {
    try (ReportIndexer first = ReportIndexer.open(index)) {
      assertThatThrownBy(() -> ReportIndexer.open(index))
          .isInstanceOf(IndexUnavailableException.class)
          .hasMessageContaining("另一个 index 进程");
    }
  }
}
