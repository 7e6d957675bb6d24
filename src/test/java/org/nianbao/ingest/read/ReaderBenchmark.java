package org.nianbao.ingest.read;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;

/**
 * Not a test: measures each reader on the fixtures (reader alone, and the whole parse), one thread,
 * after a warm-up. Run with {@code java -cp target/classes:target/test-classes:CP
 * org.nianbao.ingest.read.ReaderBenchmark [seconds-per-case]}. Numbers go to BENCHMARKS.md.
 */
public final class ReaderBenchmark {

  private ReaderBenchmark() {}

  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    Map<String, List<byte[]>> cases = new LinkedHashMap<>();
    cases.put(
        "PDF (hongze-2023/2024, 5 pages each)",
        List.of(
            RealFilesTest.realFile("hongze-2023.pdf"), RealFilesTest.realFile("hongze-2024.pdf")));
    cases.put(
        "DOCX (2021 template, test DOCX)",
        List.of(
            RealFilesTest.realFile("format-template-2021.docx"),
            WordReadersTest.docxWithMergedCells()));
    cases.put(
        "HTML (GB2312 page with chrome)",
        List.of(HtmlReaderTest.GB_PAGE.getBytes(Charset.forName("GBK"))));
    try (InputStream in = ReaderBenchmark.class.getResourceAsStream("/corpus/index.txt")) {
      List<byte[]> texts = new java.util.ArrayList<>();
      for (String name :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!name.isBlank()) {
          try (InputStream t =
              ReaderBenchmark.class.getResourceAsStream("/corpus/" + name.strip())) {
            texts.add(t.readAllBytes());
          }
        }
      }
      cases.put("text (5 bundled samples)", texts);
    }
    DocumentReaders readers = new DocumentReaders();
    ReportParser parser = new ReportParser();
    System.out.printf(
        "%-40s %12s %10s %12s %10s%n", "format", "read MB/s", "files/s", "parse MB/s", "files/s");
    for (var e : cases.entrySet()) {
      double[] read = run(e.getValue(), seconds, b -> readers.read("x", b));
      double[] parse =
          run(
              e.getValue(),
              seconds,
              b -> {
                try {
                  parser.parseBytes("x", b);
                } catch (ReportFileException rejected) {
                  // the template is not a report: reading it is what is measured
                }
                return null;
              });
      System.out.printf(
          Locale.ROOT,
          "%-40s %12.2f %10.1f %12.2f %10.1f%n",
          e.getKey(),
          read[0],
          read[1],
          parse[0],
          parse[1]);
    }
  }

  interface Job {
    Object run(byte[] bytes) throws Exception;
  }

  private static double[] run(List<byte[]> files, double seconds, Job job) throws Exception {
    long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
    while (System.nanoTime() < warmEnd) {
      for (byte[] f : files) {
        job.run(f);
      }
    }
    long bytes = 0;
    long count = 0;
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    while (System.nanoTime() < end) {
      for (byte[] f : files) {
        job.run(f);
        bytes += f.length;
        count++;
      }
    }
    double s = (System.nanoTime() - start) / 1e9;
    return new double[] {bytes / 1e6 / s, count / s};
  }
}
