package org.nianbao.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package pipeline one-way (ingest → analysis → index → search → web, cli on top) by
 * reading the imports of {@code src/main/java}; also keeps Lucene out of the search API and the web
 * layer, the Lucene implementation free of class cycles and its classes small.
 */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/org/nianbao");
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

  /** Which of our packages each package may import (besides itself). */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("geo", Set.of()),
          Map.entry("ingest", Set.of("ingest.read", "geo")),
          Map.entry("ingest.read", Set.of("ingest")),
          Map.entry("stats", Set.of("ingest", "geo")),
          Map.entry("analysis", Set.of("ingest", "geo")),
          Map.entry("index", Set.of("ingest", "ingest.read", "geo", "stats", "analysis")),
          Map.entry("search", Set.of("ingest", "geo", "stats", "search.query")),
          Map.entry("search.query", Set.of("search")),
          Map.entry(
              "search.lucene",
              Set.of(
                  "ingest",
                  "geo",
                  "stats",
                  "analysis",
                  "index",
                  "search",
                  "search.query",
                  "search.lucene.query")),
          Map.entry("search.lucene.query", Set.of("search", "search.query", "analysis")),
          Map.entry("web", Set.of("ingest", "geo", "stats", "index", "search", "search.query")),
          Map.entry("generate", Set.of("ingest", "geo")),
          Map.entry(
              "cli",
              Set.of(
                  "ingest",
                  "ingest.read",
                  "geo",
                  "stats",
                  "analysis",
                  "index",
                  "search",
                  "search.query",
                  "search.lucene",
                  "web",
                  "generate")));

  /** Sources by package ({@code search.lucene}) and simple class name. */
  private static final Map<String, Map<String, String>> SOURCES = new TreeMap<>();

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
        String name = f.getFileName().toString().replace(".java", "");
        SOURCES.computeIfAbsent(pkg, k -> new TreeMap<>()).put(name, Files.readString(f));
      }
    }
  }

  @Test
  void every_package_is_known() {
    assertThat(ALLOWED.keySet()).containsAll(SOURCES.keySet());
  }

  @Test
  void imports_point_one_way() {
    List<String> wrong = new ArrayList<>();
    SOURCES.forEach(
        (pkg, classes) ->
            classes.forEach(
                (name, src) -> {
                  Matcher m = IMPORT.matcher(src);
                  while (m.find()) {
                    String target = m.group(1);
                    if (target.startsWith("org.nianbao.")) {
                      String to = ourPackage(target.substring("org.nianbao.".length()));
                      if (!to.equals(pkg) && !ALLOWED.get(pkg).contains(to)) {
                        wrong.add(pkg + "." + name + " -> " + target);
                      }
                    }
                  }
                }));
    assertThat(wrong).isEmpty();
  }

  @Test
  void lucene_stays_inside_index_analysis_and_search_lucene() {
    List<String> wrong = new ArrayList<>();
    for (String pkg :
        List.of(
            "geo",
            "ingest",
            "ingest.read",
            "stats",
            "search",
            "search.query",
            "web",
            "generate",
            "cli")) {
      SOURCES
          .getOrDefault(pkg, Map.of())
          .forEach(
              (name, src) -> {
                // the CLI's analysis benchmark drives the analysis chains' token streams itself
                String code =
                    pkg.equals("cli")
                        ? src.replaceAll("import org\\.apache\\.lucene\\.analysis\\.[\\w.]+;", "")
                        : src;
                if (code.contains("import org.apache.lucene.")) {
                  wrong.add(pkg + "." + name);
                }
              });
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void search_lucene_has_one_public_entry_class_small_classes_and_no_cycles() {
    Map<String, String> classes = SOURCES.get("search.lucene");
    List<String> publicClasses =
        classes.entrySet().stream()
            .filter(
                e -> Pattern.compile("^public ", Pattern.MULTILINE).matcher(e.getValue()).find())
            .map(Map.Entry::getKey)
            .toList();
    assertThat(publicClasses).containsExactly("LuceneSearchService");
    Map<String, Long> large = new TreeMap<>();
    classes.forEach(
        (name, src) -> {
          long lines = src.lines().count();
          if (lines > 200) {
            large.put(name, lines);
          }
        });
    assertThat(large).isEmpty();
    // the entry class: at most 150 lines of code (google-java-format wraps calls over many lines)
    assertThat(codeLines(classes.get("LuceneSearchService"))).isLessThanOrEqualTo(150);
    assertThat(cycles(classes)).isEmpty();
  }

  @Test
  void search_packages_have_no_class_cycles() {
    assertThat(cycles(SOURCES.get("search"))).isEmpty();
    assertThat(cycles(SOURCES.get("index"))).isEmpty();
  }

  /** Lines that are not blank, comments, imports or the package line. */
  static long codeLines(String src) {
    String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    return code.lines()
        .filter(l -> !l.isBlank() && !l.startsWith("import ") && !l.startsWith("package "))
        .count();
  }

  private static String ourPackage(String rest) {
    String pkg =
        rest.substring(0, rest.lastIndexOf('.') < 0 ? rest.length() : rest.lastIndexOf('.'));
    // nested types (ReportPage.Block) and classes: cut back to a known package
    while (!ALLOWED.containsKey(pkg) && pkg.contains(".")) {
      pkg = pkg.substring(0, pkg.lastIndexOf('.'));
    }
    return pkg;
  }

  /** Cycles among the classes of one package (references by simple name outside comments). */
  static List<Set<String>> cycles(Map<String, String> classes) {
    Map<String, Set<String>> uses = new HashMap<>();
    classes.forEach(
        (name, src) -> {
          String code = src.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
          Set<String> out = new TreeSet<>();
          for (String other : classes.keySet()) {
            if (!other.equals(name)
                && Pattern.compile("\\b" + other + "\\b").matcher(code).find()) {
              out.add(other);
            }
          }
          uses.put(name, out);
        });
    List<Set<String>> found = new ArrayList<>();
    for (String start : classes.keySet()) {
      for (String next : uses.get(start)) {
        if (start.compareTo(next) < 0 && reaches(uses, next, start, new TreeSet<>())) {
          found.add(new TreeSet<>(List.of(start, next)));
        }
      }
    }
    return found;
  }

  private static boolean reaches(
      Map<String, Set<String>> uses, String from, String to, Set<String> seen) {
    if (from.equals(to)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String n : uses.get(from)) {
      if (reaches(uses, n, to, seen)) {
        return true;
      }
    }
    return false;
  }
}
