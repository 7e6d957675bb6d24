package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo corpus on the classpath. */
class BundledCorpusTest {

  @Test
  void index_lists_the_five_samples() {
    assertThat(BundledCorpus.fileNames())
        .containsExactly(
            "000_bf1f93b444d87913.txt",
            "001_f449ffc2418d0126.txt",
            "002_78abebdfa8884d6e.txt",
            "003_8f8da75a091af576.txt",
            "004_e00c555d78a674aa.txt");
  }

  @Test
  void samples_are_extracted_to_a_directory_byte_for_byte(@TempDir Path dir) throws Exception {
    List<Path> files = BundledCorpus.extractTo(dir.resolve("corpus"));
    assertThat(files).hasSize(5).allSatisfy(f -> assertThat(f).isRegularFile());
    for (Path f : files) {
      assertThat(Files.readAllBytes(f)).isEqualTo(BundledCorpus.read(f.getFileName().toString()));
    }
    assertThat(new ReportParser().parse(files.get(0)).id()).isEqualTo("2021-金乡县投资促进服务中心");
  }

  @Test
  void bundled_samples_parse_from_the_classpath() throws Exception {
    assertThat(BundledCorpus.parseAll(new ReportParser()))
        .extracting(Report::source)
        .startsWith("corpus/000_bf1f93b444d87913.txt");
  }
}
