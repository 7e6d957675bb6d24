package org.nianbao.search;

import java.util.Locale;
import java.util.Optional;
import org.nianbao.search.query.ParsedQuery;

/** How results are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST,
  /** By a statistics measure ({@link SearchRequest#measure()}); largest first unless ascending. */
  MEASURE;

  /** The lower-case name used on the command line and in URLs. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code relevance|newest|oldest|measure}; empty for anything else. */
  public static Optional<SortOrder> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    for (SortOrder o : values()) {
      if (o.key().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  /**
   * The order actually applied for {@code query}: without something to rank ({@link
   * ParsedQuery#rankable()}: browse, or a purely negative query such as {@code -抖音}) there is no
   * relevance, the newest come first.
   */
  public SortOrder forQuery(ParsedQuery query) {
    return this == RELEVANCE && !query.rankable() ? NEWEST : this;
  }
}
