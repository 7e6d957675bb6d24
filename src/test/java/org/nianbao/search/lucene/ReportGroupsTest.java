package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReportGroupsTest {
  @Test
  void groups_reports_by_key_in_report_order() {
    ReportGroups g = new ReportGroups(new int[] {2, -1, 0, 2, 4, 0, -1, 2});
    assertThat(g.keys()).isEqualTo(5);
    assertThat(reportsOf(g, -1)).containsExactly(1, 6);
    assertThat(reportsOf(g, 0)).containsExactly(2, 5);
    assertThat(reportsOf(g, 1)).isEmpty();
    assertThat(reportsOf(g, 2)).containsExactly(0, 3, 7);
    assertThat(reportsOf(g, 3)).isEmpty();
    assertThat(reportsOf(g, 4)).containsExactly(4);
    assertThat(reportsOf(g, 5)).isEmpty();
    assertThat(reportsOf(g, 1_000)).isEmpty();
  }

  @Test
  void no_reports_no_keys() {
    ReportGroups g = new ReportGroups(new int[0]);
    assertThat(reportsOf(g, -1)).isEmpty();
    assertThat(reportsOf(g, 0)).isEmpty();
    assertThat(reportsOf(new ReportGroups(new int[] {-1, -1}), 0)).isEmpty();
    assertThat(reportsOf(new ReportGroups(new int[] {-1, -1}), -1)).containsExactly(0, 1);
  }

  @Test
  void matches_a_linear_filter_on_random_columns() {
    Random rnd = new Random(3);
    int[] key = new int[5_000];
    for (int r = 0; r < key.length; r++) {
      key[r] = rnd.nextInt(301) - 1;
    }
    ReportGroups g = new ReportGroups(key);
    for (int k = -1; k < 310; k++) {
      List<Integer> expected = new ArrayList<>();
      for (int r = 0; r < key.length; r++) {
        if (key[r] == k) {
          expected.add(r);
        }
      }
      assertThat(reportsOf(g, k)).isEqualTo(expected);
    }
  }

  private static List<Integer> reportsOf(ReportGroups g, int k) {
    List<Integer> out = new ArrayList<>();
    for (int i = g.from(k); i < g.to(k); i++) {
      out.add(g.report(i));
    }
    return out;
  }
}
