package org.nianbao.search;

import java.util.List;
import java.util.Map;

/**
 * What counting produces for a query and filters ({@link FacetCounter}): totals, facet values and
 * matching reports per year. It depends neither on the page nor on the sort.
 */
record FacetPass(
    long totalReports, long totalSections, Map<String, List<FacetValue>> facets, Map<Integer, Long> hitsByYear) {}
