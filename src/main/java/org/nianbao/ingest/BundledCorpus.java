package org.nianbao.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo corpus bundled on the classpath under {@code /corpus/}: the sample reports listed in
 * {@code /corpus/index.txt} (one file name per line; {@code #} comments and blank lines ignored),
 * because directories inside a jar cannot be listed.
 */
public final class BundledCorpus {
  private static final String DIR = "/corpus/";

  private BundledCorpus() {}

  /** The file names of the bundled reports, in index order. */
  public static List<String> fileNames() {
    try (InputStream in = BundledCorpus.class.getResourceAsStream(DIR + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String name = line.strip();
          if (!name.isEmpty() && !name.startsWith("#")) {
            names.add(name);
          }
        }
      }
      return List.copyOf(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled corpus index", e);
    }
  }

  /** The raw bytes of one bundled report. */
  public static byte[] read(String fileName) throws IOException {
    try (InputStream in = BundledCorpus.class.getResourceAsStream(DIR + fileName)) {
      if (in == null) {
        throw new IOException("bundled report not found: " + fileName);
      }
      return in.readAllBytes();
    }
  }

  /** Copies every bundled report into {@code dir} (created if needed); returns the copies. */
  public static List<Path> extractTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (String name : fileNames()) {
      Path target = dir.resolve(name);
      try (InputStream in = BundledCorpus.class.getResourceAsStream(DIR + name)) {
        if (in == null) {
          throw new IOException("bundled report not found: " + name);
        }
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
      files.add(target);
    }
    return files;
  }

  /**
   * Parses every bundled report straight from the classpath (source {@code corpus/<name>}), with
   * ids resolved as one batch.
   */
  public static List<Report> parseAll(ReportParser parser) throws IOException, ReportFileException {
    List<Report> reports = new ArrayList<>();
    for (String name : fileNames()) {
      reports.add(parser.parseBytes("corpus/" + name, read(name)));
    }
    return ReportIds.resolve(reports);
  }
}
