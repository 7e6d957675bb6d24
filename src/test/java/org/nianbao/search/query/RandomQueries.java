package org.nianbao.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random report-level queries for property tests: phrases (and proximities) from a pool, field
 * scopes over title/agency/place phrases, year ranges, combined with AND, OR, negation and groups
 * up to a small depth. Deterministic for a given {@link Random} seed.
 */
public final class RandomQueries {
  private final Random rnd;
  private final List<String> phrases;
  private final List<String> metaPhrases;
  private final List<Integer> years;

  /**
   * @param phrases text phrases (no {@code "}), e.g. substrings of section texts and near-misses
   * @param metaPhrases phrases for field scopes, e.g. pieces of titles, agencies, places
   * @param years years to build ranges around
   */
  public RandomQueries(
      Random rnd, List<String> phrases, List<String> metaPhrases, List<Integer> years) {
    this.rnd = rnd;
    this.phrases = List.copyOf(phrases);
    this.metaPhrases = List.copyOf(metaPhrases);
    this.years = List.copyOf(years);
  }

  /** A random query of depth at most {@code depth} (0 = one leaf). */
  public QueryNode next(int depth) {
    int r = rnd.nextInt(10);
    if (depth == 0 || r < 3) {
      return leaf();
    }
    int n = 2 + rnd.nextInt(2);
    List<QueryNode> children = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      QueryNode c = next(depth - 1);
      children.add(rnd.nextInt(4) == 0 ? QueryNode.not(c) : c);
    }
    return switch (r) {
      case 3, 4, 5 -> QueryNode.and(children);
      case 6, 7, 8 -> QueryNode.or(children);
      default -> QueryNode.not(QueryNode.and(children));
    };
  }

  private QueryNode leaf() {
    int r = rnd.nextInt(20);
    if (r < 13 || (r < 17 && metaPhrases.isEmpty()) || (r >= 17 && years.isEmpty())) {
      return phrase(phrases);
    }
    if (r < 15) {
      return new QueryNode.Field(Scope.values()[rnd.nextInt(3)], phrase(metaPhrases));
    }
    if (r < 17) {
      QueryNode.Phrase a = word(phrases);
      QueryNode.Phrase b = word(phrases);
      return new QueryNode.Near(a, b, rnd.nextInt(40));
    }
    int y = years.get(rnd.nextInt(years.size()));
    return switch (rnd.nextInt(3)) {
      case 0 -> new QueryNode.YearRange(y, y);
      case 1 -> new QueryNode.YearRange(y - rnd.nextInt(3), y + rnd.nextInt(3));
      default ->
          rnd.nextBoolean()
              ? new QueryNode.YearRange(y, QueryNode.MAX_YEAR)
              : new QueryNode.YearRange(QueryNode.MIN_YEAR, y);
    };
  }

  private QueryNode.Phrase phrase(List<String> pool) {
    return new QueryNode.Phrase(pool.get(rnd.nextInt(pool.size())));
  }

  /** A phrase without spaces (for proximity). */
  private QueryNode.Phrase word(List<String> pool) {
    String s = pool.get(rnd.nextInt(pool.size())).strip();
    int space = s.indexOf(' ');
    return new QueryNode.Phrase(space < 0 ? s : s.substring(0, space));
  }
}
