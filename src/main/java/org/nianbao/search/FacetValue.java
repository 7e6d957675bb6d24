package org.nianbao.search;

/** One facet value with the number of matching reports and whether the user selected it. */
public record FacetValue(String value, long count, boolean selected) {}
