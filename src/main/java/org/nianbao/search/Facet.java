package org.nianbao.search;

import java.util.Locale;

/** The facet dimensions of a search, in the order results list them. */
public enum Facet {
  COUNTY,
  AGENCY,
  YEAR,
  SECTION,
  /** The province of a report's place (a filter on it selects every city and county below it). */
  PROVINCE,
  /** The city (prefecture level) of a report's place; municipalities are their own city. */
  CITY,
  /**
   * The canonical topic of a section (总体情况, 复议诉讼 …): like {@link #SECTION}, a property of the
   * matching section; counts the reports that match with that topic's sections as the unit.
   */
  TOPIC,
  /**
   * Province › city › county as a tree: one value per node, its path joined by {@link #PATH} (a
   * county directly under its province has an empty city: {@code 湖北省››仙桃市}), {@link
   * FacetValue#UNKNOWN} for reports without a province. Counts ignore every place selection
   * (province, city, county), so each node counts what selecting only that place returns; it has no
   * selection of its own.
   */
  PLACE;

  /** Joins the names of a {@link #PLACE} path. */
  public static final String PATH = "›";

  /** The lower-case name used in URLs and JSON ({@code county}, {@code agency}, …). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
