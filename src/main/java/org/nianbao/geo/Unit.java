package org.nianbao.geo;

/**
 * One division of the gazetteer.
 *
 * @param code 2 digits (province), 4 (city), 6 (county-level) or 9 (township-level)
 * @param name the full simplified name, e.g. 金乡县, 鸡黍镇
 */
public record Unit(String code, String name) {

  /** The level: 1 province, 2 city, 3 county, 4 township. */
  public int level() {
    return switch (code.length()) {
      case 2 -> 1;
      case 4 -> 2;
      case 6 -> 3;
      default -> 4;
    };
  }

  /** The code of the enclosing unit at {@code level} (1–3), a prefix of this code. */
  public String codeAt(int level) {
    return code.substring(0, new int[] {0, 2, 4, 6}[level]);
  }

  /** True when this unit lies inside {@code other} (or is it). */
  public boolean isIn(Unit other) {
    return other == null || code.startsWith(other.code());
  }
}
