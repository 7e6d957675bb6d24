package org.nianbao.stats;

import java.util.List;

/**
 * What a table row looks like: its canonical label, its columns, and short key phrases that
 * identify its label in a report even when the label is wrapped, misspelt or re-numbered.
 *
 * @param label canonical label
 * @param columns canonical column names, in order
 * @param keys phrases (after {@link Tokens#normalizeLabel}) any of which identifies the row
 * @param amounts whether the cells are amounts (decimals) rather than counts
 */
record RowSpec(String label, List<String> columns, List<String> keys, boolean amounts) {

  RowSpec(String label, List<String> columns, String... keys) {
    this(label, columns, List.of(keys), false);
  }

  /** The end offset of the last key occurrence in {@code text}, or -1. */
  int lastKeyEnd(String text) {
    int best = -1;
    for (String key : keys) {
      int at = text.lastIndexOf(key);
      if (at >= 0) {
        best = Math.max(best, at + key.length());
      }
    }
    return best;
  }

  /** The start offset of the first key occurrence in {@code text}, or -1. */
  int firstKeyStart(String text) {
    int best = -1;
    for (String key : keys) {
      int at = text.indexOf(key);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }
}
