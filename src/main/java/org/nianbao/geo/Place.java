package org.nianbao.geo;

/**
 * Where a report's agency sits: province › city › county, each with its NBS 2022 code when the
 * gazetteer knows it. Every component is nullable. Names are simplified and canonical (the
 * gazetteer's full name), except a unit the 2022 gazetteer does not know (renamed or merged since,
 * e.g. 洪泽县), which is kept as written, without a code.
 *
 * @param province e.g. 山东省
 * @param provinceCode 2 digits, e.g. 37
 * @param city e.g. 济宁市; for the four municipalities the municipality itself (北京市); {@code null} for
 *     a county-level unit directly under its province (仙桃市)
 * @param cityCode 4 digits, e.g. 3708
 * @param county e.g. 金乡县
 * @param countyCode 6 digits, e.g. 370828
 */
public record Place(
    String province,
    String provinceCode,
    String city,
    String cityCode,
    String county,
    String countyCode) {

  /** No place at all. */
  public static final Place NONE = new Place(null, null, null, null, null, null);

  /** A place known only by its county name (no codes), or {@code null} for a null name. */
  public static Place ofCounty(String county) {
    return county == null ? null : new Place(null, null, null, null, county, null);
  }

  /** True when nothing is known. */
  public boolean isEmpty() {
    return province == null && city == null && county == null;
  }
}
