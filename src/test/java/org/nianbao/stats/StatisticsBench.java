package org.nianbao.stats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;

/**
 * Measures statistics extraction (tables + in-report checks) per report, next to parsing, on one
 * thread: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.nianbao.stats.StatisticsBench DIR [runs]} (see BENCHMARKS.md). Not a test.
 */
public final class StatisticsBench {
  private StatisticsBench() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    ReportParser parser = new ReportParser();
    List<Report> reports = new ArrayList<>();
    long parseStart = System.nanoTime();
    for (Path f : files) {
      try {
        reports.add(parser.parse(f));
      } catch (ReportFileException e) {
        // skipped, like the indexer does
      }
    }
    double parseMs = (System.nanoTime() - parseStart) / 1e6;

    Map<String, Integer> tally = new TreeMap<>();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long coldStart = threads.getCurrentThreadCpuTime();
    long sink = extractAll(reports, tally);
    double coldUs = (threads.getCurrentThreadCpuTime() - coldStart) / 1e3 / reports.size();
    for (int warm = 0; warm < 10; warm++) {
      sink += extractAll(reports, null);
    }
    double[] perReportUs = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += extractAll(reports, null);
      perReportUs[r] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / reports.size();
    }
    java.util.Arrays.sort(perReportUs);
    System.out.printf("reports: %d (of %d files), sink %d%n", reports.size(), files.size(), sink);
    System.out.printf("parse (first pass, cold): %.3f ms/report%n", parseMs / reports.size());
    System.out.printf(
        "extract + checks, first pass (cold JIT), thread CPU: %.1f us/report%n", coldUs);
    System.out.printf(
        "extract + checks, thread CPU: median %.1f us/report (min %.1f, max %.1f) over %d runs%n",
        perReportUs[runs / 2], perReportUs[0], perReportUs[runs - 1], runs);
    tally.forEach((k, v) -> System.out.printf("  %-40s %d%n", k, v));
  }

  private static long extractAll(List<Report> reports, Map<String, Integer> tally) {
    long sink = 0;
    for (Report report : reports) {
      Statistics s = StatisticsExtractor.extract(report);
      List<String> checks = ConsistencyChecks.check(report, s);
      sink += checks.size() + s.warnings().size();
      if (tally != null) {
        tally.merge("active " + (s.active() == null ? "absent" : "read"), 1, Integer::sum);
        tally.merge("requests " + (s.requests() == null ? "absent" : "read"), 1, Integer::sum);
        tally.merge("reviews " + (s.reviews() == null ? "absent" : "read"), 1, Integer::sum);
        tally.merge("reports with warnings", s.warnings().isEmpty() ? 0 : 1, Integer::sum);
        tally.merge("reports with failed checks", checks.isEmpty() ? 0 : 1, Integer::sum);
      }
    }
    return sink;
  }
}
