package org.nianbao.web;

import org.nianbao.ingest.SectionTitles;

/**
 * Labels of report sections: 一、总体情况 … (standard titles from {@link SectionTitles}) and 前言 for the
 * preamble.
 */
final class SectionNames {
  private static final String[] NUMERALS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

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
    String t =
        title == null || title.isBlank() ? SectionTitles.standardTitle(number) : title.strip();
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
}
