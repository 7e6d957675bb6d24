package org.nianbao.search.query;

import java.util.List;

/**
 * What the search box text became: the query tree ({@code null} when nothing was asked for, i.e.
 * browse) and the notices (Chinese, one line each) naming what was ignored or repaired.
 */
public record ParsedQuery(QueryNode root, List<String> notices) {

  public ParsedQuery {
    notices = List.copyOf(notices);
  }

  /** True when there is no query (browse the filtered reports). */
  public boolean isEmpty() {
    return root == null;
  }

  /**
   * Whether there is something to rank by relevance: a query with a leaf that is not negated
   * (browse and purely negative queries such as {@code -抖音} have none).
   */
  public boolean rankable() {
    return root != null && !root.isPurelyNegative();
  }

  /** The canonical query text, empty for browse. */
  @Override
  public String toString() {
    return root == null ? "" : root.toString();
  }
}
