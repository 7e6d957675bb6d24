package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.testing.CliRun.run;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.testing.CliRun;

/** {@code nianbao stats} over the bundled corpus. */
class StatsCommandTest {
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void buildIndex() throws Exception {
    index = tmp.resolve("index");
    BundledIndex.ensure(index);
  }

  @Test
  void readable_totals_by_year_county_and_agency() throws Exception {
    CliRun r = run("stats", "--index", index.toString(), "--year", "2021", "--year", "2022");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("本年新收：匹配 3 份报告，3 份有数据，合计 2；1 份报告的统计表格无法完整读取\n按年度：2021 0（2 份）  2022 2（1 份）\n");
  }

  @Test
  void csv_has_a_bom_and_one_line_per_report() throws Exception {
    CliRun r = run("stats", "--index", index.toString(), "--csv");
    assertThat(r.code()).isZero();
    String[] lines = r.out().split("\r\n");
    assertThat(lines).hasSize(6);
    assertThat(lines[0]).startsWith("\uFEFF报告ID,标题,发布机关,省份,地市,区县,年度,表格无法读取,本年新收,");
  }

  @Test
  void unknown_measure_is_one_line() throws Exception {
    CliRun r = run("stats", "--index", index.toString(), "--measure", "nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("错误：--measure 不是已知的统计项：nope（可选：new_requests、");
  }
}
