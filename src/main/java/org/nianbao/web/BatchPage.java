package org.nianbao.web;

import java.util.List;

/**
 * Everything {@code batch.jte} shows: the pasted terms, and for each term the number of matching
 * reports overall and per year, each a link to that search.
 */
public record BatchPage(String terms, String error, List<Integer> years, List<Row> rows) {
  /** One term: its total and one cell per year of {@link #years}. */
  public record Row(String term, Cell total, List<Cell> byYear, String error) {}

  /** A count linking to its search ({@code url} null when the count is 0). */
  public record Cell(long count, String url) {}

  public boolean hasResults() {
    return !rows.isEmpty();
  }
}
