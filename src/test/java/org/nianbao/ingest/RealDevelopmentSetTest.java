package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real report in {@code src/test/resources/real} is indexed: none is rejected (the "never
 * drop a real report" rule). Runs over whatever files are in that folder (README and the expected
 * values aside) and fails when there are none. {@code -Dnianbao.realDir=DIR} points it elsewhere.
 */
class RealDevelopmentSetTest {

  private static final Path DIR =
      Path.of(System.getProperty("nianbao.realDir", "src/test/resources/real"));

  @Test
  void every_real_report_in_the_development_set_is_accepted() throws Exception {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(DIR)) {
      try (Stream<Path> s = Files.walk(DIR)) {
        s.filter(Files::isRegularFile)
            .filter(p -> !p.getFileName().toString().equals("README.md"))
            .filter(p -> !p.getFileName().toString().endsWith(".jsonl"))
            .sorted()
            .forEach(files::add);
      }
    }
    assertThat(files).as("real development-set reports in " + DIR.toAbsolutePath()).isNotEmpty();
    ReportParser parser = new ReportParser();
    List<String> rejected = new ArrayList<>();
    for (Path file : files) {
      try {
        parser.parse(file);
      } catch (ReportFileException e) {
        rejected.add(e.getMessage());
      }
    }
    assertThat(rejected).as("rejected out of " + files.size()).isEmpty();
  }
}
