package org.nianbao.search;

import java.util.List;
import java.util.Map;

/**
 * What the counting pass produces for a query and filters: totals, facet values and matching
 * reports per year. It depends neither on the page nor on the sort, so it is cached per reader
 * (like Elasticsearch's shard request cache for aggregations): paging through results or
 * changing the sort does not recount.
 */
record FacetPass(
    long totalReports, long totalSections, Map<String, List<FacetValue>> facets, Map<Integer, Long> hitsByYear) {

  /** The cache key: the parsed query and the filters. */
  record Key(UserQuery query, FacetFilter filter) {}
}
