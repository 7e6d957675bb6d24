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
  CITY;

  /** The lower-case name used in URLs and JSON ({@code county}, {@code agency}, …). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
