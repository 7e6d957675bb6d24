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
 * line is {@code ~<TAB>traditional<TAB>simplified}: the traditional form of every character of
 * every name that has one, paired by position with its simplified form.
 */
public class BuildGazetteer {
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/divisions");
    TreeMap<String, String> units = new TreeMap<>(Comparator.comparing((String c) -> c.length()).thenComparing(c -> c));
    read(dir.resolve("provinces.csv"), units);
    read(dir.resolve("cities.csv"), units);
    read(dir.resolve("areas.csv"), units);
    read(dir.resolve("streets.csv"), units);
    Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
    TreeSet<Character> chars = new TreeSet<>();
    for (String name : units.values()) for (char c : name.toCharArray()) chars.add(c);
    // words of agency names that surround place names, so they simplify too
    for (char c : "省市县区旗镇乡街道办事处人民政府委员会局厅自治州盟地区林区特区".toCharArray()) chars.add(c);
    StringBuilder trad = new StringBuilder(), simp = new StringBuilder();
    Set<Character> seen = new HashSet<>();
    for (char c : chars) {
      String t = s2t.transliterate(String.valueOf(c));
      if (t.length() == 1 && t.charAt(0) != c && seen.add(t.charAt(0))) {
        trad.append(t);
        simp.append(c);
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
