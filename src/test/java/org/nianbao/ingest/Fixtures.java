package org.nianbao.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Test helpers for the committed fixtures and the bundled samples. */
final class Fixtures {
  private Fixtures() {}

  static final ReportParser PARSER = new ReportParser();

  static String fixture(String name) {
    return resource("/fixtures/" + name);
  }

  static String sample(String prefix) {
    return resource("/corpus/" + sampleName(prefix));
  }

  static String sampleName(String prefix) {
    return BundledCorpus.fileNames().stream()
        .filter(n -> n.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  static Path samplePath(String prefix) {
    return Path.of("src/main/resources/corpus", sampleName(prefix));
  }

  static Report parseFixture(String name) throws ReportFileException {
    return PARSER.parseText(name, fixture(name));
  }

  static Section section(Report report, int number) {
    return report.sections().stream()
        .filter(s -> s.number() == number)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no section " + number + " in " + report.source()));
  }

  private static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
