package org.nianbao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.stats.StatsFixtures.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;

/** Each in-report consistency check (勾稽关系), failing with its exact message, and passing. */
class ConsistencyChecksTest {

  /** A consistent table 三 in one-row-per-line layout, with one row's numbers replaced. */
  private static String requests(int row, String numbers) {
    StringBuilder sb = new StringBuilder(LayoutFixturesTest.HEADER);
    for (int r = 0; r < LayoutFixturesTest.PRINTED.size(); r++) {
      String n =
          r == row
              ? numbers
              : String.join(
                  " ", LayoutFixturesTest.GRID.get(r).stream().map(String::valueOf).toList());
      sb.append(LayoutFixturesTest.PRINTED.get(r)).append(' ').append(n).append('\n');
    }
    return sb.toString();
  }

  private static List<String> checks(Report r) {
    return ConsistencyChecks.check(r, StatisticsExtractor.extract(r));
  }

  @Test
  void a_consistent_report_passes_every_check() {
    assertThat(
            checks(
                report(
                    null,
                    requests(-1, ""),
                    "3 1 0 1 5 2 0 1 0 3 1 1 0 0 2 结果维持 尚未审结",
                    "共收到政府信息公开申请282件。")))
        .isEmpty();
  }

  @Test
  void a_result_row_off_by_one_breaks_the_column_and_row_sums() {
    // 予以公开 (row 2) is 1 0 0 0 0 2 3 in the grid; 2 in 自然人 breaks 自然人 column and the row
    assertThat(checks(report(null, requests(2, "2 0 0 0 0 2 3"), null, null)))
        .containsExactly("表三「自然人」列：本年度办理结果各项之和为232，但（七）总计为231", "表三「（一）予以公开」行：六类申请人之和为4，但总计为3");
  }

  @Test
  void new_plus_carried_over_must_equal_total_plus_carried_forward() {
    // 结转下年度 (row 24) is 5 0 1 0 0 2 8 in the grid
    assertThat(checks(report(null, requests(24, "5 0 1 0 0 3 9"), null, null)))
        .containsExactly(
            "表三「其他」列：本年新收加上年结转为14，但办理结果总计加结转下年度为15", "表三「总计」列：本年新收加上年结转为287，但办理结果总计加结转下年度为288");
  }

  @Test
  void table_four_groups_must_add_up() {
    String reviews = "结果维持 结果纠正 其他结果 尚未审结 总计\n3 1 0 1 5 2 0 1 0 4 1 1 0 0 2\n";
    assertThat(checks(report(null, null, reviews, null)))
        .containsExactly("表四「行政诉讼 未经复议直接起诉」：结果维持、结果纠正、其他结果、尚未审结之和为3，但总计为4");
  }

  @Test
  void prose_numbers_contradicting_the_table_are_flagged() {
    Report r = report(null, requests(-1, ""), null, "2021年，本机关共收到政府信息公开申请17件，均已按期答复。");
    assertThat(checks(r)).containsExactly("正文称「收到政府信息公开申请17件」，但表三本年新收政府信息公开申请总计为282");
    Report agreeing = report(null, requests(-1, ""), null, "本年度新收政府信息公开申请共计 282 件。");
    assertThat(checks(agreeing)).isEmpty();
  }

  @Test
  void checks_with_absent_cells_are_skipped_not_guessed() {
    // 予以公开 with six numbers: the row is absent, so neither its row sum nor the column sums run
    assertThat(checks(report(null, requests(2, "9 9 9 9 9 9"), null, null))).isEmpty();
  }
}
