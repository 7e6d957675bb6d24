package org.nianbao.web;

/** Labels of report sections: 一、总体情况 … and 前言 for the preamble. */
final class SectionNames {
  private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final String[] STANDARD_TITLES = {
    "前言", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"
  };

  private SectionNames() {}

  /** Chinese numeral for 1–99 (一, 十二, 二十); the digits otherwise. */
  static String numeral(int n) {
    if (n >= 1 && n <= 10) {
      return NUMERALS[n];
    }
    if (n > 10 && n < 20) {
      return "十" + NUMERALS[n - 10];
    }
    if (n >= 20 && n < 100) {
      return NUMERALS[n / 10] + "十" + (n % 10 == 0 ? "" : NUMERALS[n % 10]);
    }
    return Integer.toString(n);
  }

  /**
   * The heading of section {@code number}: the report's own title when given, else the standard
   * one.
   */
  static String label(int number, String title) {
    if (number == 0) {
      return "前言";
    }
    String t = title == null || title.isBlank() ? standardTitle(number) : title.strip();
    return t.isEmpty() ? numeral(number) + "、" : numeral(number) + "、" + t;
  }

  /**
   * The label of a section facet value such as {@code "3"}; other strings are shown as they are.
   */
  static String facetLabel(String value) {
    try {
      return label(Integer.parseInt(value.strip()), null);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  private static String standardTitle(int number) {
    return number > 0 && number < STANDARD_TITLES.length ? STANDARD_TITLES[number] : "";
  }
}
