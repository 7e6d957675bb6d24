package org.nianbao.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the {@link Place} of a report from the names of its agency, in order of trust, and its
 * text — never guessing.
 *
 * <p>An agency name is read from its start, on its simplified form: a party or vertical prefix (中共,
 * 国家税务总局 …) is skipped, then the longest province name (full or short: 山东省, 山东), the longest city
 * name inside it, the longest county-level name inside that, and the longest township name inside
 * that. The first name (title agency, then preface, signature, 发布机构) that names any place decides;
 * later names and the text only settle what it leaves ambiguous:
 *
 * <ul>
 *   <li>a county name found in several cities (鼓楼区) is settled by a city or province named by
 *       another agency name, else by exactly one of the candidate cities being named in the text;
 *       otherwise the county is kept as written, without codes, and a warning is given;
 *   <li>a township or street office named without its county (河东乡人民政府) is settled by another agency
 *       name naming one of the candidate counties, else by exactly one candidate county named in
 *       the text, else when the township name exists in one county only; otherwise the county is
 *       {@code null} (the common city or province of all candidates is kept) with a warning;
 *   <li>a county-level name the 2022 gazetteer does not know (洪泽县, renamed 洪泽区 in 2016) is kept as
 *       written ({@code fallbackCounty}), with the province and city named before it.
 * </ul>
 *
 * A city department (济宁市生态环境局) gets its province and city and no county, whatever counties its text
 * names (a street address is not the report's county).
 */
public final class PlaceFinder {

  /** The place and what went wrong finding it. */
  public record Found(Place place, String township, List<String> warnings) {}

  private static final Pattern ORG_PREFIX =
      Pattern.compile("^(中国共产党|中共|共青团|国家税务总局|国家金融监督管理总局|中国人民银行|国家统计局|中国)");

  /** District names that are generic words elsewhere; they count only right after their city. */
  private static final Set<String> GENERIC_DISTRICTS = Set.of("城区", "郊区", "矿区", "东区", "西区");

  /** The shortest text cut from the front of an agency name (年, 地方政务, 点击查看解读 …). */
  private static final int MIN_CHROME = 1;

  /** Township names that may stand alone at the start of an agency name. */
  private static final Pattern TOWNSHIP_END = Pattern.compile("(乡|镇|街道|苏木|办事处)$");

  private final Gazetteer gazetteer;

  public PlaceFinder(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * {@code name} from the first position where a place name starts, when it names none at its start
   * but does further on (chrome glued in front: 用微信扫描二维码分享至好友利辛县城关镇人民政府 → 利辛县城关镇人民政府); otherwise
   * {@code name} itself.
   */
  public String fromFirstPlace(String name) {
    if (name == null || parse(name, null).namesPlace()) {
      return name;
    }
    for (int at = MIN_CHROME; at + 2 <= name.length(); at++) {
      Parsed p = parse(name.substring(at), null);
      if (p.province() != null
          || p.city() != null
          || !p.counties().isEmpty()
          || !p.townships().isEmpty()) {
        return name.substring(at);
      }
    }
    return name;
  }

  /** What one agency name says. */
  record Parsed(
      Unit province, Unit city, List<Unit> counties, List<Unit> townships, String fallbackCounty) {
    boolean namesPlace() {
      return province != null
          || city != null
          || !counties.isEmpty()
          || !townships.isEmpty()
          || fallbackCounty != null;
    }
  }

  /**
   * Reads one agency name (any script).
   *
   * @param fallback the county-level unit a syntactic rule finds in the name's remainder after the
   *     province and city, or {@code null}; used only when the gazetteer knows no county there
   */
  Parsed parse(String agency, java.util.function.UnaryOperator<String> fallback) {
    String s = gazetteer.simplify(agency.strip().replace(" ", ""));
    int i = 0;
    Matcher org = ORG_PREFIX.matcher(s);
    if (org.find()) {
      i = org.end();
    }
    Unit province = null;
    Unit city = null;
    List<Unit> counties = List.of();
    List<Unit> townships = List.of();
    Match m = longest(1, s, i, null);
    Match c = longest(2, s, i, null);
    Match k = longest(3, s, i, null);
    if (m != null && (c == null || m.length >= c.length) && (k == null || m.length >= k.length)) {
      province = m.units.get(0);
      i += m.length;
      c = longest(2, s, i, province);
    }
    if (c != null
        && c.units.size() == 1
        && (k == null || c.length >= k.length || province != null)) {
      city = c.units.get(0);
      i += c.length;
    }
    Unit parent = city != null ? city : province;
    k = longest(3, s, i, parent);
    if (k != null && city == null && GENERIC_DISTRICTS.contains(k.name)) {
      k = null;
    }
    if (k != null) {
      counties = k.units;
      i += k.length;
    }
    String fallbackCounty = null;
    Match t = longest(4, s, i, counties.size() == 1 ? counties.get(0) : parent);
    if (t != null && (!counties.isEmpty() || TOWNSHIP_END.matcher(t.name).find())) {
      townships = t.units;
    } else if (counties.isEmpty() && fallback != null) {
      fallbackCounty = fallback.apply(s.substring(i));
    }
    return new Parsed(province, city, counties, townships, fallbackCounty);
  }

  private record Match(String name, int length, List<Unit> units) {}

  private Match longest(int level, String s, int at, Unit parent) {
    if (!gazetteer.mayStartName(level, s, at)) {
      return null;
    }
    int max = Math.min(gazetteer.maxNameLength(level), s.length() - at);
    for (int len = max; len >= 2; len--) {
      String name = s.substring(at, at + len);
      List<Unit> units = gazetteer.named(level, name);
      if (units.isEmpty()) {
        continue;
      }
      List<Unit> inside = new ArrayList<>(units.size());
      for (Unit u : units) {
        if (u.isIn(parent)) {
          inside.add(u);
        }
      }
      if (!inside.isEmpty()) {
        return new Match(name, len, inside);
      }
    }
    return null;
  }

  /**
   * The place of a report.
   *
   * @param agencies agency names in order of trust (nulls skipped)
   * @param text the report's text, searched only to settle an ambiguous county or township
   * @param fallback see {@link #parse}
   */
  public Found find(
      List<String> agencies, String text, java.util.function.UnaryOperator<String> fallback) {
    return find(agencies, List.of(), text, fallback);
  }

  /**
   * The place of a report, with {@code mentions} after {@code agencies}: phrases of the text that
   * name the agency in passing (…可在兴海县人民政府网站下载), read from the first position where a gazetteer
   * name starts, and never through the syntactic {@code fallback}.
   */
  public Found find(
      List<String> agencies,
      List<String> mentions,
      String text,
      java.util.function.UnaryOperator<String> fallback) {
    List<Parsed> parsed = new ArrayList<>();
    for (String a : agencies) {
      if (a != null && !a.isBlank()) {
        Parsed p = parse(a, fallback);
        if (p.namesPlace()) {
          parsed.add(p);
        }
      }
    }
    for (String m : mentions) {
      for (int at = 0; m != null && at + 2 <= m.length(); at++) {
        Parsed p = parse(m.substring(at), null);
        if (p.namesPlace()) {
          parsed.add(p);
          break;
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    if (parsed.isEmpty()) {
      return new Found(Place.NONE, null, warnings);
    }
    Parsed first = parsed.get(0);
    String simpleText = text == null ? "" : gazetteer.simplify(text);
    if (first.counties().size() == 1) {
      return new Found(gazetteer.place(first.counties().get(0)), townshipName(first), warnings);
    }
    if (first.counties().size() > 1) {
      Unit county = settle(first.counties(), parsed, simpleText, 2);
      if (county != null) {
        return new Found(gazetteer.place(county), townshipName(first), warnings);
      }
      String name = first.counties().get(0).name();
      warnings.add("县区名“" + name + "”在多个地市中都有，无法确定所属地市");
      return new Found(new Place(null, null, null, null, name, null), null, warnings);
    }
    if (first.fallbackCounty() != null && looksMistyped(first.fallbackCounty(), first)) {
      warnings.add("县区名“" + first.fallbackCounty() + "”不在 2022 年区划中，且与已有县区名仅一字之差，未采用");
      Unit above = first.city() != null ? first.city() : first.province();
      return new Found(above == null ? Place.NONE : gazetteer.place(above), null, warnings);
    }
    if (first.fallbackCounty() != null) {
      Place above = gazetteer.place(first.city() != null ? first.city() : first.province());
      return new Found(
          new Place(
              above.province(),
              above.provinceCode(),
              above.city(),
              above.cityCode(),
              first.fallbackCounty(),
              null),
          null,
          warnings);
    }
    if (!first.townships().isEmpty()) {
      List<Unit> countiesOfTownships = new ArrayList<>();
      Set<String> codes = new LinkedHashSet<>();
      for (Unit t : first.townships()) {
        if (codes.add(t.codeAt(3))) {
          countiesOfTownships.add(gazetteer.unit(t.codeAt(3)));
        }
      }
      Unit county = settle(countiesOfTownships, parsed, simpleText, 3);
      if (county == null && countiesOfTownships.size() == 1) {
        county = countiesOfTownships.get(0);
      }
      String township = first.townships().get(0).name();
      if (county != null) {
        return new Found(gazetteer.place(county), township, warnings);
      }
      warnings.add("乡镇（街道）“" + township + "”在 " + countiesOfTownships.size() + " 个县区中都有，无法确定所属县区");
      return new Found(common(countiesOfTownships), null, warnings);
    }
    return new Found(
        gazetteer.place(first.city() != null ? first.city() : first.province()), null, warnings);
  }

  /**
   * A name the gazetteer lacks that differs by one look-alike character ({@link #CONFUSABLE}) from
   * a county of the same kind (沐阳县 for 沭阳县), within the province or city named before it or, when
   * none is, nationwide — unless its stem is a known county's stem with another ending (洪泽县,
   * renamed 洪泽区 in 2016).
   */
  private boolean looksMistyped(String name, Parsed p) {
    String stem = name.substring(0, name.length() - 1);
    for (String other : new String[] {"县", "区", "市", "旗"}) {
      if (!gazetteer.named(3, stem + other).isEmpty()) {
        return false;
      }
    }
    Unit parent = p.city() != null ? p.city() : p.province();
    // a county of the same length and suffix whose name differs in exactly one (confusable) char:
    // the name with one char (not the suffix) swapped for a look-alike, looked up
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length - 1; i++) {
      char own = chars[i];
      for (String group : CONFUSABLE) {
        if (group.indexOf(own) < 0) {
          continue;
        }
        for (int j = 0; j < group.length(); j++) {
          if (group.charAt(j) == own) {
            continue;
          }
          chars[i] = group.charAt(j);
          for (Unit u : gazetteer.named(3, new String(chars))) {
            if (u.isIn(parent)) {
              return true;
            }
          }
        }
        chars[i] = own;
      }
    }
    return false;
  }

  /** Pairs of characters that typists and OCR confuse in place names. */
  private static final List<String> CONFUSABLE =
      List.of("沐沭", "己已巳", "汨汩", "戍戌戊", "冶治", "末未", "士土", "曰日", "祗祇", "荼茶", "泠冷", "洺沼", "崇祟");

  private static String townshipName(Parsed p) {
    return p.townships().size() >= 1 ? p.townships().get(0).name() : null;
  }

  /**
   * The one candidate county that the other agency names place, else the one whose name (county
   * level 3, or city level 2 for a county name found in several cities) the text contains.
   */
  private Unit settle(List<Unit> candidates, List<Parsed> parsed, String text, int level) {
    for (Parsed p : parsed.subList(1, parsed.size())) {
      Unit hit = null;
      int hits = 0;
      for (Unit c : candidates) {
        boolean named =
            p.counties().stream().anyMatch(k -> k.code().equals(c.code()))
                || (p.counties().isEmpty() && p.city() != null && c.isIn(p.city()))
                || (p.counties().isEmpty()
                    && p.city() == null
                    && p.province() != null
                    && level == 2
                    && c.isIn(p.province()));
        if (named) {
          hit = c;
          hits++;
        }
      }
      if (hits == 1) {
        return hit;
      }
    }
    Unit hit = null;
    int hits = 0;
    for (Unit c : candidates) {
      Unit named = level == 3 ? c : gazetteer.unit(c.codeAt(2));
      if (named != null
          && Gazetteer.isNamed(named)
          && named.name().length() >= 3
          && text.contains(named.name())) {
        hit = c;
        hits++;
      }
    }
    return hits == 1 ? hit : null;
  }

  /** The province and city shared by every candidate county (either may be null). */
  private Place common(List<Unit> counties) {
    String province = counties.get(0).codeAt(1);
    String city = counties.get(0).codeAt(2);
    for (Unit c : counties) {
      if (!c.codeAt(1).equals(province)) {
        return Place.NONE;
      }
      if (city != null && !c.codeAt(2).equals(city)) {
        city = null;
      }
    }
    Unit cityUnit = city == null ? null : gazetteer.unit(city);
    Place p = gazetteer.place(cityUnit != null ? cityUnit : gazetteer.unit(province));
    return new Place(p.province(), p.provinceCode(), p.city(), p.cityCode(), null, null);
  }
}
