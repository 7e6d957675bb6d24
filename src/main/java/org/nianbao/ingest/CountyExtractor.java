package org.nianbao.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the county-level unit (县/区/县级市/旗 …) an agency belongs to, from its name.
 *
 * <p>Rule: strip a leading party or vertical-administration prefix (中共, 中国共产党, 共青团, 国家税务总局, 中国人民银行
 * …), then a province-level prefix (…省, …自治区, 北京/天津/上海/重庆市), then a prefecture-level prefix (a
 * known 地级市 name + 市, or …自治州/地区/盟). The county is then the unit the remaining name starts with: a
 * place name of 1–4 characters ending in 县, 区, 市, 旗, 林区 or 特区, up to 14 characters before 自治县/自治旗,
 * up to 9 before 旗 (科尔沁左翼中旗). A {@code …市} that is not a known prefecture-level city is
 * county-level (曲阜市). A township agency belongs to its county (金乡县鸡黍镇人民政府 → 金乡县).
 *
 * <p>Look-alike words are judged on the unit candidate's own characters only, never on what follows
 * a complete unit name (金乡县民政局, 曲阜市政务服务管理局, 宁阳县市场监督管理局 all have a county):
 *
 * <ul>
 *   <li>the place part must not start with a word such as 市场, 市政, 区域, 县级 (县市场监督管理局), nor be a lone
 *       本/全/各/县 …;
 *   <li>the whole candidate must not be a generic word: 城市, 城区, 社区, 园区, 新区 … (names ending in
 *       these, such as 邹城市, 任城区, 浦东新区, stay counties); 城区/郊区/矿区 count only right after the few
 *       cities that have a district of that name (阳泉市城区);
 *   <li>development and functional zones are not counties: 济宁高新区, …经济开发区, …示范区, 两江新区 (only 浦东新区 and
 *       滨海新区 are administrative 新区). A zone is run by its city and is not a county-level division;
 *       as a county facet value it would match no county's reports.
 * </ul>
 *
 * 城区街道办事处 gives {@code null}: many counties have a 街道 named 城区, and without its city the name says
 * nothing about which county it is in.
 *
 * <p>When nothing county-level follows, the agency is above county level (or unknown): {@code
 * null}.
 */
final class CountyExtractor {
  private CountyExtractor() {}

  /**
   * Party prefixes, and central vertical administrations whose local offices are named after the
   * place they serve: 国家税务总局金乡县税务局 counts for 金乡县, as users faceting by county want every agency
   * working in that county, and the bureau's report is about that county.
   */
  private static final Pattern ORG_PREFIX =
      Pattern.compile("^(中国共产党|中共|共青团|国家税务总局|国家金融监督管理总局|中国人民银行|国家统计局|中国)");

  private static final Pattern PROVINCE =
      Pattern.compile(
          "^(北京市|天津市|上海市|重庆市|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|新疆维吾尔自治区"
              + "|(河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
              + "|云南|陕西|甘肃|青海|台湾)省)");
  private static final Pattern PREFECTURE_OTHER = Pattern.compile("^[^县区市旗]{2,10}?(自治州|地区|盟)");
  private static final String PLACE = "[\\p{IsHan}&&[^县区市旗]]";
  private static final Pattern UNIT =
      Pattern.compile(
          "^(?:"
              + PLACE
              + "{1,14}?(?:自治县|自治旗)|\\p{IsHan}{1,4}?(?:林区|特区|县|区|市|旗)|"
              + PLACE
              + "{5,9}?旗)");

  /** Words starting with 市/区/县 that make the place part a non-place (县市场…, 区域…). */
  private static final List<String> LOOKALIKE_STARTS =
      List.of("市场", "市政", "市级", "市民", "市直", "市属", "市容", "区域", "区划", "区级", "县级", "县域", "县直", "县属");

  /** Place parts of one character that are not place names (本市, 全县, 县市). */
  private static final String NOT_A_PLACE = "本全各该我县区市旗";

  /** Whole candidates that are generic words, not place names. */
  private static final Set<String> GENERIC_WORDS =
      Set.of(
          "城市", "都市", "城区", "市区", "园区", "景区", "社区", "辖区", "小区", "郊区", "街区", "片区", "新区", "矿区", "林区",
          "特区", "县区", "县市");

  /** Endings of development and functional zones (never county-level divisions here). */
  private static final List<String> ZONE_ENDINGS =
      List.of(
          "开发区", "高新区", "经开区", "试验区", "实验区", "示范区", "保护区", "功能区", "自贸区", "管理区", "工业区", "商务区", "服务区",
          "园区", "景区", "度假区", "合作区", "保税区", "新区");

  /** The administrative districts named …新区. */
  private static final Set<String> ADMINISTRATIVE_NEW_DISTRICTS = Set.of("浦东新区", "滨海新区");

  /**
   * The county-level unit of {@code agency}, or {@code null}. Rules match on the {@link
   * SimplifiedKey} of the name; the county is returned as written (臺東縣民政處 → 臺東縣).
   */
  static String county(String agency) {
    if (agency == null || agency.isBlank()) {
      return null;
    }
    String name = agency.strip();
    String key = SimplifiedKey.of(name);
    int at = 0;
    Matcher org = ORG_PREFIX.matcher(key);
    if (org.find()) {
      at = org.end();
    }
    Matcher province = PROVINCE.matcher(key).region(at, key.length());
    if (province.lookingAt()) {
      at = province.end();
    }
    String prefecture = prefecturePrefix(key.substring(at));
    if (prefecture != null) {
      at += prefecture.length();
    }
    Matcher unit = UNIT.matcher(key).region(at, key.length());
    if (!unit.lookingAt()) {
      return null;
    }
    return isCounty(unit.group(), prefecture) ? name.substring(unit.start(), unit.end()) : null;
  }

  private static String prefecturePrefix(String name) {
    for (int len = 2; len <= 4 && len < name.length(); len++) {
      if (name.charAt(len) == '市' && Prefectures.NAMES.contains(name.substring(0, len))) {
        return name.substring(0, len + 1);
      }
    }
    Matcher other = PREFECTURE_OTHER.matcher(name);
    return other.find() ? other.group() : null;
  }

  private static boolean isCounty(String candidate, String prefecture) {
    String place = candidate.substring(0, candidate.length() - 1);
    if (place.length() == 1 && NOT_A_PLACE.indexOf(place.charAt(0)) >= 0) {
      return false;
    }
    for (String word : LOOKALIKE_STARTS) {
      if (place.startsWith(word)) {
        return false;
      }
    }
    if (GENERIC_WORDS.contains(candidate)) {
      return Prefectures.hasGenericDistrict(prefecture, candidate);
    }
    if (ADMINISTRATIVE_NEW_DISTRICTS.contains(candidate)) {
      return true;
    }
    for (String ending : ZONE_ENDINGS) {
      if (candidate.endsWith(ending)) {
        return false;
      }
    }
    return true;
  }
}
