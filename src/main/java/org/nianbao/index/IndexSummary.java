package org.nianbao.index;

import java.util.List;

/**
 * What one {@code index} run did.
 *
 * @param indexed reports added or replaced
 * @param unchanged reports whose files had not changed since the last run (nothing written)
 * @param sections sections written
 * @param skipped files that could not be indexed, each with a reason
 * @param pruned reports removed because their files are gone ({@code --prune})
 * @param seconds wall-clock time
 * @param bytes bytes of the files parsed
 * @param totalReports reports in the index after the run
 * @param formats reports written per file format ({@code PDF}, {@code 文本} …), in format order
 */
public record IndexSummary(
    int indexed,
    int unchanged,
    long sections,
    List<Skipped> skipped,
    int pruned,
    double seconds,
    long bytes,
    long totalReports,
    java.util.Map<String, Integer> formats) {

  public IndexSummary {
    formats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formats));
  }

  /** Throughput over the bytes parsed. */
  public double megabytesPerSecond() {
    return seconds <= 0 ? 0 : bytes / 1_000_000.0 / seconds;
  }
}
