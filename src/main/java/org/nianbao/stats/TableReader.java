package org.nianbao.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a row-labelled table (二 or 三) from its section text by anchoring on row labels: each run of
 * numbers belongs to the row whose key phrase ends last in the label text before it (rows only move
 * forward), and is accepted only when it holds exactly the row's count of numbers. Number runs
 * without a recognisable label fill the unread rows between two read rows when their count matches
 * exactly; anything else leaves the row absent and is reported, never shifted.
 */
final class TableReader {

  /** What was read: cells by row index, and a description of each row that was not. */
  record Result(
      Map<Integer, List<Number>> cells, List<String> unread, List<String> surplus, int keyedRows) {}

  private record Orphan(int after, List<String> numbers) {}

  private static final int HEAD = 21;
  private static final int TAIL = 20;
  private static final int WRONG_COUNT = 5;

  private TableReader() {}

  static Result read(String text, List<RowSpec> rows) {
    List<String> labels = new ArrayList<>();
    List<List<String>> runs = new ArrayList<>();
    StringBuilder label = new StringBuilder();
    for (Tokens.Run run : Tokens.runs(text)) {
      if (run.isNumbers()) {
        labels.add(label.toString());
        runs.add(run.numbers());
        label.setLength(0);
      } else {
        label.append(Tokens.normalizeLabel(run.label()));
      }
    }
    labels.add(label.toString()); // the text after the last run
    int[] assigned = align(labels, runs, rows);

    Map<Integer, List<Number>> cells = new HashMap<>();
    Map<Integer, String> problems = new LinkedHashMap<>();
    List<Orphan> orphans = new ArrayList<>();
    List<String> surplus = new ArrayList<>();
    int last = -1;
    int keyed = 0;
    for (int k = 0; k < runs.size(); k++) {
      int row = assigned[k];
      if (row < 0) {
        orphans.add(new Orphan(last, runs.get(k)));
        continue;
      }
      keyed++;
      last = row;
      RowSpec spec = rows.get(row);
      List<Number> values = values(runs.get(k), spec);
      List<String> same = sameSurplus(runs.get(k), spec.columns().size());
      if (values == null && same != null) {
        values = values(same, spec);
        surplus.add(
            "「"
                + spec.label()
                + "」读到"
                + runs.get(k).size()
                + "个相同的数字，应为"
                + spec.columns().size()
                + "个，按"
                + spec.columns().size()
                + "个读取");
      }
      if (values == null) {
        problems.put(row, "读到" + runs.get(k).size() + "个数字，应为" + spec.columns().size() + "个");
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
    return new Result(cells, unread, surplus, keyed);
  }

  /**
   * Assigns number runs to rows, both in order, so that the label text around the runs is best
   * explained. The text between two runs holds the end of the previous row's label and the start of
   * the next one's (PDF text puts the numbers after a label's first line): the key that ends last
   * in it is evidence for the run after it (weight 21: the usual layout wins ties), the key that
   * starts first is evidence for the run before it (weight 20). A run with the wrong count of
   * numbers loses 5. A run without evidence is left unassigned. Returns the row of each run, or -1.
   */
  private static int[] align(List<String> labels, List<List<String>> runs, List<RowSpec> rows) {
    int k = runs.size();
    int n = rows.size();
    int[] latest = new int[k + 1];
    int[] earliest = new int[k + 1];
    for (int i = 0; i <= k; i++) {
      latest[i] = latestRow(labels.get(i), rows);
      earliest[i] = earliestRow(labels.get(i), rows);
    }
    // state: (last assigned row + 1, whether the previous run is that row); value: best score
    int states = (n + 1) * 2;
    int none = Integer.MIN_VALUE;
    int[][] best = new int[k + 1][states];
    int[][] from = new int[k + 1][states];
    for (int[] b : best) {
      java.util.Arrays.fill(b, none);
    }
    best[0][0] = 0;
    for (int i = 0; i < k; i++) {
      for (int st = 0; st < states; st++) {
        if (best[i][st] == none) {
          continue;
        }
        int p = st / 2 - 1;
        boolean prevAssigned = st % 2 == 1;
        int tail = prevAssigned && earliest[i] == p ? TAIL : 0;
        relax(best, from, i + 1, (p + 1) * 2, best[i][st] + tail, st);
        // only rows with evidence here or in the next text can gain anything
        for (int r : new int[] {latest[i], earliest[i + 1]}) {
          if (r <= p) {
            continue;
          }
          int gain = tail + (latest[i] == r ? HEAD : 0);
          if (runs.get(i).size() != rows.get(r).columns().size()) {
            gain -= WRONG_COUNT;
          }
          relax(best, from, i + 1, (r + 1) * 2 + 1, best[i][st] + gain, st);
        }
      }
    }
    int end = -1;
    int endScore = none;
    for (int st = 0; st < states; st++) {
      if (best[k][st] == none) {
        continue;
      }
      int p = st / 2 - 1;
      int score = best[k][st] + (st % 2 == 1 && earliest[k] == p ? TAIL : 0);
      if (score > endScore) {
        endScore = score;
        end = st;
      }
    }
    int[] assigned = new int[k];
    for (int i = k, st = end; i > 0; st = from[i][st], i--) {
      assigned[i - 1] = st % 2 == 1 ? st / 2 - 1 : -1;
    }
    for (int i = 0; i < k; i++) {
      int r = assigned[i];
      if (r >= 0 && latest[i] != r && earliest[i + 1] != r) {
        assigned[i] = -1; // no evidence: the gap filling decides
      }
    }
    return assigned;
  }

  private static void relax(int[][] best, int[][] from, int i, int st, int score, int prev) {
    if (score > best[i][st]) {
      best[i][st] = score;
      from[i][st] = prev;
    }
  }

  /** The row whose key ends last in {@code text}, or -1. */
  private static int latestRow(String text, List<RowSpec> rows) {
    int best = -1;
    int bestEnd = -1;
    for (int r = 0; r < rows.size(); r++) {
      int end = rows.get(r).lastKeyEnd(text);
      if (end > bestEnd) {
        bestEnd = end;
        best = r;
      }
    }
    return best;
  }

  /** The row whose key starts first in {@code text}, or -1. */
  private static int earliestRow(String text, List<RowSpec> rows) {
    int best = -1;
    int bestStart = Integer.MAX_VALUE;
    for (int r = 0; r < rows.size(); r++) {
      int start = rows.get(r).firstKeyStart(text);
      if (start >= 0 && start < bestStart) {
        bestStart = start;
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

  /**
   * When a run has more numbers than columns and all of them are the same (eight zeros for seven
   * columns), every reading gives the same cells: the first {@code columns} of them; else null.
   */
  static List<String> sameSurplus(List<String> numbers, int columns) {
    if (numbers.size() <= columns) {
      return null;
    }
    for (String n : numbers) {
      if (!n.equals(numbers.get(0))) {
        return null;
      }
    }
    return numbers.subList(0, columns);
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
