package org.nianbao.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.ingest.BundledCorpus;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;

/** Test corpora built from the five bundled sample reports. */
final class Corpus {
  private Corpus() {}

  /** A bundled sample: its file name, text and parsed agency. */
  record Sample(String fileName, String text, String agency) {}

  static List<Sample> samples() throws IOException, ReportFileException {
    ReportParser parser = new ReportParser();
    List<Sample> out = new ArrayList<>();
    for (String name : BundledCorpus.fileNames()) {
      String text = new String(BundledCorpus.read(name), StandardCharsets.UTF_8);
      Report r = parser.parseText(name, text);
      out.add(new Sample(name, text, r.agency()));
    }
    return out;
  }

  /**
   * Writes {@code copies} distinct variants of every sample into {@code dir}: the agency gets a
   * numbered branch name (so every variant has its own id) and the text a unique sentence. Returns
   * the files written.
   */
  static List<Path> variants(Path dir, int copies) throws IOException, ReportFileException {
    return variants(dir, copies, 0);
  }

  /** As {@link #variants(Path, int)}, numbering the variants from {@code first}. */
  static List<Path> variants(Path dir, int copies, int first)
      throws IOException, ReportFileException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    List<Sample> samples = samples();
    for (int n = first; n < first + copies; n++) {
      for (int s = 0; s < samples.size(); s++) {
        Path file = dir.resolve(String.format("v%05d_%d.txt", n, s));
        Files.writeString(file, variant(samples.get(s), n), StandardCharsets.UTF_8);
        files.add(file);
      }
    }
    return files;
  }

  /** The agency of variant {@code n} of a sample, e.g. 金乡县第7投资促进服务中心. */
  static String variantAgency(Sample sample, int n) {
    String agency = sample.agency();
    int county = Math.max(agency.indexOf('县'), agency.indexOf('区'));
    int at = county >= 0 ? county + 1 : 0;
    return agency.substring(0, at) + "第" + chinese(n) + "分" + agency.substring(at);
  }

  /**
   * Digits as Chinese numerals (Arabic digits next to the title's year would confuse the parser).
   */
  static String chinese(int n) {
    StringBuilder sb = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      sb.append("〇一二三四五六七八九".charAt(c - '0'));
    }
    return sb.toString();
  }

  static String variant(Sample sample, int n) {
    String text = sample.text().replace(sample.agency(), variantAgency(sample, n));
    return text + "\n本文件是测试变体第" + chinese(n) + "号。\n";
  }
}
