package org.nianbao.stats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a statistics table: its canonical label (the official template's wording) and its
 * cells by canonical column name, in template order; a {@code null} cell is absent (not read).
 *
 * @param label canonical row label, e.g. {@code （三）不予公开 1.属于国家秘密}
 * @param cells column name → value ({@link Integer}, or {@link java.math.BigDecimal} for amounts in
 *     万元), {@code null} when the cell could not be read
 */
public record StatRow(String label, Map<String, Number> cells) {

  public StatRow {
    cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
  }

  /** The cell in {@code column}, or {@code null} when absent. */
  public Number cell(String column) {
    return cells.get(column);
  }

  /** The cell in {@code column} as an int, or {@code null} when absent or not an integer. */
  public Integer intCell(String column) {
    return cells.get(column) instanceof Integer i ? i : null;
  }

  /** Whether every cell of the row was read. */
  public boolean complete() {
    return !cells.containsValue(null);
  }
}
