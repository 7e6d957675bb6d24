package org.nianbao.search;

import java.util.List;

/**
 * A parsed search-box query: every clause must match (AND), a clause matches when any of its
 * alternatives occurs as an exact phrase (OR), and negated clauses must not match.
 *
 * @param clauses required clauses, each a list of alternative phrases
 * @param excluded phrases that must not occur
 */
public record UserQuery(List<List<String>> clauses, List<String> excluded) {

  public UserQuery {
    clauses = clauses.stream().map(List::copyOf).toList();
    excluded = List.copyOf(excluded);
  }

  /** True when nothing was asked for (browse). */
  public boolean isEmpty() {
    return clauses.isEmpty() && excluded.isEmpty();
  }

  /** Every positive phrase, for highlighting and display. */
  public List<String> positivePhrases() {
    return clauses.stream().flatMap(List::stream).toList();
  }
}
