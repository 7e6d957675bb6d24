package org.nianbao.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stable, readable report ids ({@code 2021-金乡县投资促进服务中心}) and their collision rule.
 *
 * <p>Base id: {@code {year}-{agency}}; without a year just the agency; without an agency the file
 * name without extension (prefixed by the year when known). Characters unsafe in a URL path segment
 * ({@code / \ ? # %}, whitespace, control and other punctuation) become {@code -}; at most 100
 * characters.
 *
 * <p>Collisions: reports are taken in a deterministic order (by source path in {@link #resolve});
 * the first report with a base id keeps it, later ones get {@code -2}, {@code -3} … (skipping any
 * suffixed id that is already taken). The same source always gets the id it was first assigned. Not
 * thread-safe; use one instance per batch.
 */
public final class ReportIds {
  static final int MAX_LENGTH = 100;

  private final Map<String, String> bySource = new HashMap<>();
  private final Set<String> taken = new HashSet<>();

  /** The id for {@code source}: {@code baseId}, or {@code baseId-N} if it is already taken. */
  public String assign(String baseId, String source) {
    String known = bySource.get(source);
    if (known != null) {
      return known;
    }
    String id = baseId;
    for (int n = 2; taken.contains(id); n++) {
      String suffix = "-" + n;
      id = truncate(baseId, MAX_LENGTH - suffix.length()) + suffix;
    }
    taken.add(id);
    bySource.put(source, id);
    return id;
  }

  /**
   * Resolves collisions in a batch: reports sorted by source; returns the reports, in their
   * original order, with unique ids.
   */
  public static List<Report> resolve(List<Report> reports) {
    ReportIds ids = new ReportIds();
    List<Report> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparing(Report::source));
    Map<String, String> assigned = new HashMap<>();
    for (Report r : sorted) {
      assigned.put(r.source(), ids.assign(r.id(), r.source()));
    }
    List<Report> out = new ArrayList<>(reports.size());
    for (Report r : reports) {
      out.add(r.withId(assigned.get(r.source())));
    }
    return out;
  }

  /** The base id for a report (see the class comment). */
  public static String baseId(Integer year, String agency, String source) {
    String name = agency != null && !agency.isBlank() ? agency : fileStem(source);
    String raw = year != null ? year + "-" + name : name;
    String id = sanitize(raw);
    return id.isEmpty() ? (year != null ? String.valueOf(year) : "report") : id;
  }

  /** Replaces characters unsafe in a URL path segment by {@code -} and caps the length. */
  static String sanitize(String raw) {
    StringBuilder sb = new StringBuilder();
    raw.codePoints()
        .forEach(
            c -> {
              boolean safe =
                  Character.isLetterOrDigit(c)
                      || c == '-'
                      || c == '_'
                      || c == '.'
                      || c == '·'
                      || c == '（'
                      || c == '）';
              sb.append(safe ? new String(Character.toChars(c)) : "-");
            });
    String id = sb.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
    return truncate(id, MAX_LENGTH);
  }

  private static String truncate(String s, int max) {
    if (s.codePointCount(0, s.length()) <= max) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, max));
  }

  private static String fileStem(String source) {
    String name = source;
    try {
      Path file = Path.of(source).getFileName();
      if (file != null) {
        name = file.toString();
      }
    } catch (RuntimeException e) {
      int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
      name = source.substring(slash + 1);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
