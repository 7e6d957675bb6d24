package org.nianbao.generate;

import java.util.Arrays;
import java.util.List;

/**
 * The {@link #COUNT} kinds of publishing agency and how their names are formed: {@code 金乡县教育局} for
 * a county, {@code 济宁市教育局} for a city. A few kinds have a different city-level name (卫生健康委员会,
 * 发展和改革委员会); 民政局 is city-level only, because the parser reads {@code 金乡县民政局} as having no county (民
 * after a unit means 市民).
 */
public final class Agencies {

  /** Number of agency kinds. */
  public static final int COUNT = 40;

  /** County-level names, index = kind. */
  private static final List<String> KINDS =
      List.of(
          "教育局",
          "卫生健康局",
          "财政局",
          "自然资源局",
          "行政审批服务局",
          "投资促进服务中心",
          "工业和信息化局",
          "市场监督管理局",
          "发展和改革局",
          "人力资源和社会保障局",
          "住房和城乡建设局",
          "交通运输局",
          "水务局",
          "农业农村局",
          "商务局",
          "文化和旅游局",
          "退役军人事务局",
          "应急管理局",
          "审计局",
          "统计局",
          "医疗保障局",
          "司法局",
          "公安局",
          "城市管理局",
          "综合行政执法局",
          "科学技术局",
          "林业局",
          "乡村振兴局",
          "机关事务服务中心",
          "人民政府办公室",
          "大数据中心",
          "融媒体中心",
          "档案馆",
          "供销合作社联合社",
          "体育事业发展中心",
          "粮食和物资储备局",
          "信访局",
          "人民防空办公室",
          "人民政府",
          "地方金融监督管理局");

  /** City-level names where they differ, index = kind; null = same as {@link #KINDS}. */
  private static final List<String> CITY_KINDS;

  static {
    String[] city = new String[COUNT];
    city[1] = "卫生健康委员会";
    city[8] = "发展和改革委员会";
    city[32] = "民政局";
    city[30] = "大数据局";
    // 聊城市城市管理局 would lose its repeated 城市 to the parser's duplicated-word repair
    city[23] = "市政公用事业服务中心";
    CITY_KINDS = Arrays.asList(city);
  }

  private Agencies() {}

  /** The kind part of the name ({@code 教育局}) at {@code place}'s level. */
  public static String kind(int kind, Place place) {
    String city = place.cityLevel() ? CITY_KINDS.get(kind) : null;
    return city != null ? city : KINDS.get(kind);
  }

  /** The full agency name, e.g. {@code 金乡县教育局}. */
  public static String name(int kind, Place place) {
    return place.name() + kind(kind, place);
  }

  /** How the agency calls itself: 我局, 我中心 or 我单位. */
  public static String we(String kind) {
    return "我" + selfWord(kind);
  }

  /** 本局, 本中心 or 本单位. */
  public static String self(String kind) {
    return "本" + selfWord(kind);
  }

  private static String selfWord(String kind) {
    if (kind.endsWith("局")) {
      return "局";
    }
    if (kind.endsWith("中心")) {
      return "中心";
    }
    return "单位";
  }
}
