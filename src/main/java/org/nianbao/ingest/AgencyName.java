package org.nianbao.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.geo.Gazetteer;
import org.nianbao.geo.Place;
import org.nianbao.geo.Unit;

/**
 * The agency naming convention (README, "Agency naming convention"): the name starts at the body's
 * own unit (the county-level unit for county bodies, townships and streets; the city for city
 * bodies; the province for provincial ones), the units above it dropped; a township or street
 * office carries its county when the place is known; a bare place is its government; a level word
 * standing for the report's own place is written out ({@code 县政府办} → {@code 府谷县人民政府办公室}); the
 * sub-office of a contact line is not the body ({@code 昌江区工信局办公室} → {@code 昌江区工信局}).
 */
final class AgencyName {
  private AgencyName() {}

  /** District names that are generic words; the city before them is part of the name. */
  private static final List<String> GENERIC_DISTRICTS = List.of("城区", "郊区", "矿区", "东区", "西区");

  /** A sub-office after its body: 办公室, 综合处, 信息室, 调研综合信息组 … */
  private static final Pattern SUB_OFFICE_TAIL =
      Pattern.compile("(?:调研)?(?:综合)?(?:信息)?(?:办公室|室|组|处|科|股)");

  /** What a body's name ends with, before a sub-office of it. */
  private static final Pattern BODY_END =
      Pattern.compile("(?:局|委员会|委|厅|中心|办公室|办公厅|办|(?:镇|乡|苏木)(?:人民)?政府|办事处)$");

  /** A township or street office, after its county (if any). */
  private static final Pattern TOWNSHIP_BODY =
      Pattern.compile("^(\\p{IsHan}{1,12}?(?:镇|乡|街道|苏木))(?:人民政府|办事处)$");

  /** A level word standing for the report's own place: 县政府办, 市教育局, 省高速公路收费中心. */
  private static final Pattern LEVEL_WORD = Pattern.compile("^(自治区|县|区|市|旗|省)(?!场)\\p{IsHan}");

  /** A district's government before its street office: 东城区人民政府体育馆路街道办事处. */
  private static final Pattern GOVERNMENT_BEFORE_TOWNSHIP =
      Pattern.compile("^(\\p{IsHan}{2,12}?[县区市旗])人民政府(?=\\p{IsHan}{2,10}?(?:街道|镇|乡))");

  /** {@code 政府} of a place written short: 县政府办公室 → 县人民政府办公室. */
  private static final Pattern SHORT_GOVERNMENT = Pattern.compile("(?<=[县区市旗省镇乡])政府");

  /**
   * The body of a name ending in sub-offices: {@code 县政府办公室调研综合信息组} → {@code 县政府办公室}, {@code
   * 自治区北部湾办综合处} → {@code 自治区北部湾办}; a government's own 办公室 is a body and stays.
   */
  static String withoutSubOffice(String agency) {
    String s = agency;
    boolean cut = true;
    while (cut) {
      cut = false;
      for (int tail = 1; tail <= 8 && tail < s.length() - 1; tail++) {
        String head = s.substring(0, s.length() - tail);
        if (SUB_OFFICE_TAIL.matcher(s.substring(s.length() - tail)).matches()
            && BODY_END.matcher(head).find()
            && !head.endsWith("人民政府办")) {
          s = head;
          cut = true;
          break;
        }
      }
    }
    return s;
  }

  /** {@code agency} (simplified) written by the convention, for a report at {@code place}. */
  static String canonical(String agency, Place place) {
    String s = ownPlace(agency, place);
    s = SHORT_GOVERNMENT.matcher(s).replaceAll("人民政府");
    if (s.endsWith("人民政府办")) {
      s = s + "公室";
    }
    s = withoutHigherUnits(s);
    s = completeBody(s, place);
    return withCounty(s, place);
  }

  /**
   * A bare place name as agency is its government: 正定县 → 正定县人民政府, 河北省 → 河北省人民政府, 龙游县横山镇 →
   * 龙游县横山镇人民政府, 什刹海街道 → 什刹海街道办事处.
   */
  static String completeBody(String agency, Place place) {
    if (place != null
        && agency.equals(place.city())
        && (agency.endsWith("地区") || agency.endsWith("盟"))) {
      return agency + "行政公署";
    }
    if (agency.endsWith("街道")) {
      return agency + "办事处";
    }
    if (agency.endsWith("镇") || agency.endsWith("乡") || agency.endsWith("苏木")) {
      return agency + "人民政府";
    }
    if (place != null) {
      for (String name : new String[] {place.county(), place.city(), place.province()}) {
        if (name != null
            && agency.endsWith(name)
            && !agency.endsWith("地区")
            && !agency.endsWith("盟")) {
          return agency + "人民政府";
        }
      }
    }
    return agency;
  }

  /** A leading level word replaced by the place it stands for, when that place is known. */
  private static String ownPlace(String agency, Place place) {
    Matcher m = LEVEL_WORD.matcher(agency);
    if (place == null || !m.lookingAt()) {
      return agency;
    }
    String word = m.group(1);
    String county = place.county();
    String name =
        switch (word) {
          case "县", "旗" -> county != null && county.endsWith(word) ? county : null;
          case "区" -> county != null && county.endsWith("区") ? county : null;
          case "市" ->
              county != null
                  ? (county.endsWith("市") ? county : null)
                  : place.city() != null && place.city().endsWith("市") ? place.city() : null;
          case "省" ->
              county == null
                      && place.city() == null
                      && place.province() != null
                      && place.province().endsWith("省")
                  ? place.province()
                  : null;
          default ->
              county == null && place.province() != null && place.province().endsWith("自治区")
                  ? place.province()
                  : null;
        };
    return name == null ? agency : name + agency.substring(word.length());
  }

  /**
   * The units above the body's own dropped: 哈尔滨市道里区… → 道里区…, 北京市东城区人民政府体育馆路街道办事处 → 东城区体育馆路街道办事处; a
   * generic district keeps its city (长治市城区人民政府).
   */
  static String withoutHigherUnits(String agency) {
    Gazetteer g = Gazetteer.get();
    String s = agency;
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (int len = Math.min(12, s.length() - 2); len >= 2 && !dropped; len--) {
        String head = s.substring(0, len);
        List<Unit> upper = g.named(1, head).isEmpty() ? g.named(2, head) : g.named(1, head);
        if (upper.isEmpty() || !head.equals(upper.get(0).name())) {
          continue;
        }
        String rest = s.substring(len);
        if (startsWithUnitInside(g, rest, upper)) {
          s = rest;
          dropped = true;
        }
      }
    }
    Matcher m = GOVERNMENT_BEFORE_TOWNSHIP.matcher(s);
    if (m.find() && !g.named(3, m.group(1)).isEmpty()) {
      s = m.group(1) + s.substring(m.end());
    }
    return s;
  }

  private static boolean startsWithUnitInside(Gazetteer g, String rest, List<Unit> upper) {
    for (String generic : GENERIC_DISTRICTS) {
      if (rest.startsWith(generic)) {
        return false;
      }
    }
    for (int len = Math.min(12, rest.length()); len >= 2; len--) {
      String head = rest.substring(0, len);
      for (int level = 2; level <= 3; level++) {
        for (Unit u : g.named(level, head)) {
          for (Unit up : upper) {
            if (u.isIn(up) && u.level() > up.level()) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * A township or street office named without its county gets the county of {@code place}, when the
   * gazetteer has that township in that county.
   */
  static String withCounty(String agency, Place place) {
    if (place == null || place.county() == null || place.countyCode() == null) {
      return agency;
    }
    Matcher m = TOWNSHIP_BODY.matcher(agency);
    if (!m.matches() || agency.startsWith(place.county())) {
      return agency;
    }
    Gazetteer g = Gazetteer.get();
    for (Unit t : g.named(4, m.group(1))) {
      if (t.code().startsWith(place.countyCode())) {
        return place.county() + agency;
      }
    }
    return agency;
  }
}
