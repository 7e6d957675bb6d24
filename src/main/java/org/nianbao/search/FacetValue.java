package org.nianbao.search;

/** One facet value with the number of matching reports and whether the user selected it. */
public record FacetValue(String value, long count, boolean selected) {
  /**
   * The value that stands for "not recognised" in the county, agency, province and city facets:
   * reports whose parser found no such value are counted under it, and selecting it (e.g. {@code
   * county=未识别}) lists them so they can be found and fixed.
   */
  public static final String UNKNOWN = "未识别";
}
