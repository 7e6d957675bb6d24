import com.ibm.icu.text.Transliterator;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.zip.GZIPOutputStream;

/**
 * Builds src/main/resources/org/nianbao/geo/divisions.txt.gz from ../shared/data/divisions/*.csv.
 *
 * <p>Run from the repository root (ICU4J on the class path, only for this build step):
 * {@code java -cp ~/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar bench/gazetteer/BuildGazetteer.java ../shared/data/divisions}
 *
 * <p>Format (UTF-8, gzip): one unit a line, {@code code<TAB>name}, sorted by code; the code's length
 * gives the level (2 province, 4 city, 6 county, 9 township) and its prefix the parent. The last
 * line is {@code ~<TAB>traditional<TAB>simplified}: every CJK character that ICU's
 * Traditional-Simplified maps to another single character (except characters gazetteer names use
 * as they are), paired by position with its simplified form.
 */
public class BuildGazetteer {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/divisions");
    TreeMap<String, String> units = new TreeMap<>(Comparator.comparing((String c) -> c.length()).thenComparing(c -> c));
    read(dir.resolve("provinces.csv"), units);
    read(dir.resolve("cities.csv"), units);
    read(dir.resolve("areas.csv"), units);
    read(dir.resolve("streets.csv"), units);
    // traditional -> simplified for every CJK character ICU maps to one other character, except
    // characters that gazetteer names use as they are (乾县 keeps 乾, which ICU would make 干)
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    Set<Character> used = new HashSet<>();
    for (String name : units.values()) for (char c : name.toCharArray()) used.add(c);
    StringBuilder trad = new StringBuilder(), simp = new StringBuilder();
    for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
      String s = t2s.transliterate(String.valueOf(c));
      if (s.length() == 1 && s.charAt(0) != c && !used.contains(c)) {
        trad.append(c);
        simp.append(s);
      }
    }
    Path out = Path.of("src/main/resources/org/nianbao/geo/divisions.txt.gz");
    try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      for (var e : units.entrySet()) w.write(e.getKey() + "\t" + e.getValue() + "\n");
      w.write("~\t" + trad + "\t" + simp + "\n");
    }
    System.out.println(units.size() + " units, " + trad.length() + " traditional characters -> " + out + " (" + Files.size(out) + " bytes)");
  }

  private static void read(Path csv, Map<String, String> units) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      units.put(f[0], f[1].replace("\"", ""));
    }
  }
}
