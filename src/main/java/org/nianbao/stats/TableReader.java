package org.nianbao.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a row-labelled table (二 or 三) from its section text by anchoring on row labels: each run
 * of numbers belongs to the row whose key phrase ends last in the label text before it (rows only
 * move forward), and is accepted only when it holds exactly the row's count of numbers. Number
 * runs without a recognisable label fill the unread rows between two read rows when their count
 * matches exactly; anything else leaves the row absent and is reported, never shifted.
 */
final class TableReader {

  /** What was read: cells by row index, and a description of each row that was not. */
  record Result(Map<Integer, List<Number>> cells, List<String> unread, int keyedRows) {}

  private record Orphan(int after, List<String> numbers) {}

  private TableReader() {}

  static Result read(String text, List<RowSpec> rows) {
    Map<Integer, List<Number>> cells = new HashMap<>();
    Map<Integer, String> problems = new LinkedHashMap<>();
    List<Orphan> orphans = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    int last = -1;
    int keyed = 0;
    for (Tokens.Run run : Tokens.runs(text)) {
      if (!run.isNumbers()) {
        label.append(Tokens.normalizeLabel(run.label()));
        continue;
      }
      int row = identify(label.toString(), rows, last);
      label.setLength(0);
      if (row < 0) {
        orphans.add(new Orphan(last, run.numbers()));
        continue;
      }
      keyed++;
      last = row;
      RowSpec spec = rows.get(row);
      List<Number> values = values(run.numbers(), spec);
      if (values == null) {
        problems.put(row, "读到" + run.numbers().size() + "个数字，应为" + spec.columns().size() + "个");
      } else {
        cells.put(row, values);
      }
    }
    fillGaps(rows, cells, problems, orphans);
    List<String> unread = new ArrayList<>();
    if (!cells.isEmpty()) {
      for (int r = 0; r < rows.size(); r++) {
        if (!cells.containsKey(r)) {
          String why = problems.getOrDefault(r, "未找到");
          unread.add("「" + rows.get(r).label() + "」" + why);
        }
      }
    }
    return new Result(cells, unread, keyed);
  }

  /** The row after {@code last} whose key ends latest in {@code label}, or -1. */
  private static int identify(String label, List<RowSpec> rows, int last) {
    int best = -1;
    int bestEnd = -1;
    for (int r = last + 1; r < rows.size(); r++) {
      int end = rows.get(r).lastKeyEnd(label);
      if (end > bestEnd) {
        bestEnd = end;
        best = r;
      }
    }
    return best;
  }

  /** Orphan runs of the right counts take the unread rows between two read rows, one to one. */
  private static void fillGaps(
      List<RowSpec> rows,
      Map<Integer, List<Number>> cells,
      Map<Integer, String> problems,
      List<Orphan> orphans) {
    Map<Integer, List<Orphan>> byGap = new LinkedHashMap<>();
    for (Orphan o : orphans) {
      byGap.computeIfAbsent(o.after(), k -> new ArrayList<>()).add(o);
    }
    gaps:
    for (Map.Entry<Integer, List<Orphan>> gap : byGap.entrySet()) {
      int from = gap.getKey() + 1;
      int to = from;
      while (to < rows.size() && !cells.containsKey(to) && !problems.containsKey(to)) {
        to++;
      }
      if (to == rows.size() || gap.getKey() < 0) {
        continue; // no read row on one side: the gap is not bounded, nothing is certain
      }
      List<Orphan> found = gap.getValue();
      if (found.size() != to - from) {
        continue;
      }
      List<List<Number>> values = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        List<Number> v = values(found.get(i).numbers(), rows.get(from + i));
        if (v == null) {
          continue gaps;
        }
        values.add(v);
      }
      for (int i = 0; i < values.size(); i++) {
        cells.put(from + i, values.get(i));
      }
    }
  }

  /** The run's numbers as cell values, or {@code null} when the count is wrong. */
  private static List<Number> values(List<String> numbers, RowSpec spec) {
    if (numbers.size() != spec.columns().size()) {
      return null;
    }
    List<Number> values = new ArrayList<>();
    for (String n : numbers) {
      values.add(Tokens.value(n, spec.amounts()));
    }
    return values;
  }
}
