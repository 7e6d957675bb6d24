package org.nianbao.search;

import java.util.List;

/**
 * A facet value list (in the search core's order) that builds its values as they are read: a common
 * phrase at 100,000 reports has ~70,000 agencies, of which a page shows 100. {@link FacetOptions}
 * reads only the head and the selected values of such a list.
 */
public interface LazyFacetList extends List<FacetValue> {
  /** The number of values with a count above 0. */
  int positive();

  /** The positions of the selected values, ascending. */
  int[] selectedPositions();
}
