package org.nianbao.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parsing alone (files to reports, no index), one thread: CPU per round over every file of a
 * folder, ROUNDS rounds (the later rounds show the steady state). Prints a checksum of the parsed
 * reports, equal across builds that parse alike.
 *
 * <pre>
 * javac -cp JAR -d /tmp/pb bench/ParseBench.java
 * java -Xmx1g -XX:+UseParallelGC -cp /tmp/pb:JAR org.nianbao.ingest.ParseBench FOLDER [ROUNDS]
 * </pre>
 */
public final class ParseBench {
  private ParseBench() {}

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    var threads = ManagementFactory.getThreadMXBean();
    ReportParser parser = new ReportParser();
    for (int round = 0; round < rounds; round++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long sum = 0;
      int failed = 0;
      for (Path f : files) {
        try {
          sum = sum * 31 + parser.parseFile(f).report().toString().hashCode();
        } catch (ReportFileException e) {
          failed++;
        }
      }
      System.out.printf(
          "round %d: %d files (%d not reports), CPU %.2f s, wall %.2f s; checksum %x%n",
          round,
          files.size(),
          failed,
          (threads.getCurrentThreadCpuTime() - c0) / 1e9,
          (System.nanoTime() - t0) / 1e9,
          sum);
    }
  }
}
