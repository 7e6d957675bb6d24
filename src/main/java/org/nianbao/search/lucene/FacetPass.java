package org.nianbao.search.lucene;

import java.util.List;
import java.util.Map;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;

/**
 * What counting produces for a query and filters ({@link FacetCounter}): totals, facet values and
 * matching reports per year. It depends neither on the page nor on the sort.
 */
record FacetPass(
    long totalReports,
    long totalSections,
    Map<Facet, List<FacetValue>> facets,
    Map<Integer, Long> hitsByYear) {}
