package org.nianbao.search.query;

import java.util.Locale;

/**
 * A report metadata field a query leaf can be limited to ({@code 标题:}, {@code 机构:}, {@code 地区:}).
 */
public enum Scope {
  TITLE("标题", "title"),
  AGENCY("机构", "agency"),
  PLACE("地区", "place");

  private final String chinese;
  private final String english;

  Scope(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The Chinese field name, as printed in the canonical query form. */
  public String chinese() {
    return chinese;
  }

  /** The English field name ({@code title}, {@code agency}, {@code place}). */
  public String english() {
    return english;
  }

  /** The scope named {@code name} (Chinese or English, any case), or {@code null}. */
  public static Scope named(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Scope s : values()) {
      if (s.chinese.equals(n) || s.english.equals(n)) {
        return s;
      }
    }
    return null;
  }
}
