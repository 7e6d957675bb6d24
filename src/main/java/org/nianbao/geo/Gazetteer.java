package org.nianbao.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * China's administrative divisions (NBS codes as of 2022-10-31: 31 provinces, 342 cities, 2,978
 * county-level units, 41,352 townships), read once from the bundled resource {@code
 * divisions.txt.gz} (built by {@code bench/gazetteer/BuildGazetteer.java} from {@code
 * ../shared/data/divisions}). Immutable and thread-safe; {@link #get()} loads it on first use.
 */
public final class Gazetteer {
  private static final String RESOURCE = "divisions.txt.gz";

  /** City-level placeholders that are not names. */
  private static final String MUNICIPAL_DISTRICTS = "市辖区";

  /** 北京, 天津, 上海, 重庆: province and city at once. */
  private static final java.util.Set<String> MUNICIPALITIES =
      java.util.Set.of("11", "12", "31", "50");

  private final Map<String, Unit> byCode = new HashMap<>(64_000);

  /** Full names (and province short names) to units, per level 1–4. */
  private final List<Map<String, List<Unit>>> byName = new ArrayList<>();

  private final int[] maxNameLength = new int[5];
  private final char[] simplified = new char[0x9FFF - 0x4E00 + 1];

  private static final class Holder {
    static final Gazetteer INSTANCE = load();
  }

  private Gazetteer() {
    for (int i = 0; i <= 4; i++) {
      byName.add(new HashMap<>());
    }
  }

  /** The bundled gazetteer (loaded on first call, about 40 ms). */
  public static Gazetteer get() {
    return Holder.INSTANCE;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
              1 << 16);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        if (line.startsWith("~\t")) {
          int tab2 = line.indexOf('\t', 2);
          g.addSimplified(line.substring(2, tab2), line.substring(tab2 + 1));
        } else if (tab > 0) {
          g.add(new Unit(line.substring(0, tab), line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    g.indexStarts();
    return g;
  }

  private void addSimplified(String traditional, String simple) {
    for (int i = 0; i < traditional.length() && i < simple.length(); i++) {
      char t = traditional.charAt(i);
      if (t >= 0x4E00 && t <= 0x9FFF) {
        simplified[t - 0x4E00] = simple.charAt(i);
      }
    }
  }

  private void add(Unit u) {
    byCode.put(u.code(), u);
    if (u.level() == 2 && !isNamed(u)) {
      return;
    }
    index(u.level(), u.name(), u);
    if (u.level() == 1) {
      String shortName = provinceShortName(u.name());
      if (!shortName.equals(u.name())) {
        index(1, shortName, u);
      }
    }
  }

  private void index(int level, String name, Unit u) {
    byName.get(level).computeIfAbsent(name, k -> new ArrayList<>(1)).add(u);
    maxNameLength[level] = Math.max(maxNameLength[level], name.length());
  }

  /**
   * Per level, the first two characters of every name of two or more, sorted (see {@link
   * #mayStartName}); set once the names are loaded.
   */
  private final int[][] starts = new int[5][];

  private void indexStarts() {
    for (int level = 0; level < starts.length; level++) {
      starts[level] =
          byName.get(level).keySet().stream()
              .filter(name -> name.length() >= 2)
              .mapToInt(name -> start(name, 0))
              .distinct()
              .sorted()
              .toArray();
    }
  }

  private static int start(String s, int at) {
    return s.charAt(at) << 16 | s.charAt(at + 1);
  }

  /**
   * False when no name of {@code level} with two characters or more starts at {@code at} of {@code
   * s} (its first two characters begin none): most positions of a text, checked without cutting a
   * string per length.
   */
  boolean mayStartName(int level, String s, int at) {
    return at + 2 <= s.length() && java.util.Arrays.binarySearch(starts[level], start(s, at)) >= 0;
  }

  /** 山东省 → 山东, 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西, 北京市 → 北京. */
  static String provinceShortName(String name) {
    for (String suffix : List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /** False for the placeholders 市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划. */
  static boolean isNamed(Unit city) {
    String n = city.name();
    return !n.equals(MUNICIPAL_DISTRICTS) && !n.equals("县") && !n.endsWith("直辖县级行政区划");
  }

  /** The unit with this code, or {@code null}. */
  public Unit unit(String code) {
    return code == null ? null : byCode.get(code);
  }

  /** The units of {@code level} (1–4) with this full name (provinces: also the short name). */
  public List<Unit> named(int level, String name) {
    return byName.get(level).getOrDefault(name, List.of());
  }

  /** The longest name of {@code level} in this gazetteer. */
  int maxNameLength(int level) {
    return maxNameLength[level];
  }

  /**
   * {@code text} with traditional characters of place names replaced by their simplified form (寧強縣
   * → 宁强县); same length as {@code text}.
   */
  public String simplify(String text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF && simplified[c - 0x4E00] != 0) {
        if (out == null) {
          out = text.toCharArray();
        }
        out[i] = simplified[c - 0x4E00];
      }
    }
    return out == null ? text : new String(out);
  }

  /**
   * The place of a unit: its province, its city (the municipality for 市辖区; {@code null} for a
   * county directly under its province) and, for a county or township, its county.
   */
  public Place place(Unit unit) {
    if (unit == null) {
      return Place.NONE;
    }
    Unit province = byCode.get(unit.codeAt(1));
    Unit city = unit.level() >= 2 ? byCode.get(unit.codeAt(2)) : null;
    Unit county = unit.level() >= 3 ? byCode.get(unit.codeAt(3)) : null;
    String cityName = null;
    String cityCode = null;
    if (city != null) {
      if (isNamed(city)) {
        cityName = city.name();
        cityCode = city.code();
      } else if (city.name().equals(MUNICIPAL_DISTRICTS) || city.name().equals("县")) {
        cityName = province.name();
        cityCode = city.code();
      }
    }
    if (city == null && MUNICIPALITIES.contains(province.code())) {
      cityName = province.name(); // a municipality is its own city
      cityCode = province.code() + "01";
    }
    if (county != null && city != null && county.name().equals(city.name())) {
      county = null; // 东莞市, 中山市: cities without counties list themselves as one
    }
    return new Place(
        province.name(),
        province.code(),
        cityName,
        cityCode,
        county == null ? null : county.name(),
        county == null ? null : county.code());
  }
}
