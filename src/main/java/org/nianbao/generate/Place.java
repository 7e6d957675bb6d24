package org.nianbao.generate;

/**
 * One publishing place: a county-level unit (县/区/市/旗) or, when {@code county} is null, a
 * prefecture-level city whose own agencies publish reports.
 *
 * @param province e.g. 山东省
 * @param prefecture e.g. 济宁市
 * @param county e.g. 金乡县, or {@code null} for a city-level place
 * @param stem the name without its unit: 金乡 (or 济宁 for the city itself)
 * @param unit the unit character used in short names: 县, 区, 市 or 旗
 * @param slug lower-case ASCII used in web addresses
 */
public record Place(
    String province, String prefecture, String county, String stem, String unit, String slug) {

  /** The name agencies start with: the county, or the prefecture for city-level places. */
  public String name() {
    return county != null ? county : prefecture;
  }

  /** True for a prefecture-level city (no county). */
  public boolean cityLevel() {
    return county == null;
  }
}
