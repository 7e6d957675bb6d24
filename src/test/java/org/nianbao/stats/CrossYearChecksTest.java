package org.nianbao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.stats.StatsFixtures.report;

import org.junit.jupiter.api.Test;

/** Checks between two consecutive years of one agency, as a pure function of two statistics. */
class CrossYearChecksTest {

  private static String active(String regulations, String normative) {
    return "信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 " + regulations + "\n行政规范性文件 " + normative + "\n";
  }

  private static String requests(String carriedOver, String carriedForward) {
    String zero = "0 0 0 0 0 0 0";
    return LayoutFixturesTest.HEADER
        + "一、本年新收政府信息公开申请数量 "
        + carriedForward
        + "\n"
        + "二、上年结转政府信息公开申请数量 "
        + carriedOver
        + "\n"
        + "（一）予以公开 "
        + zero
        + "\n（七）总计 "
        + zero
        + "\n"
        + "四、结转下年度继续办理 "
        + carriedForward
        + "\n";
  }

  private static Statistics year(String active, String requests) {
    return StatisticsExtractor.extract(report(active, requests, null, null));
  }

  @Test
  void consistent_years_pass() {
    Statistics before = year(active("0 0 2", "1 0 5"), requests("0 0 0 0 0 0 0", "2 1 0 0 0 0 3"));
    Statistics after = year(active("1 0 3", "3 2 6"), requests("2 1 0 0 0 0 3", "0 0 0 0 0 0 0"));
    assertThat(CrossYearChecks.check(before, after)).isEmpty();
  }

  @Test
  void carried_forward_must_reappear_as_carried_over_and_in_force_must_add_up() {
    Statistics before = year(active("0 0 2", "1 0 5"), requests("0 0 0 0 0 0 0", "2 1 0 0 0 0 3"));
    Statistics after = year(active("1 0 3", "3 1 8"), requests("2 0 0 0 0 0 2", "0 0 0 0 0 0 0"));
    assertThat(CrossYearChecks.check(before, after))
        .containsExactly(
            "「商业企业」列：上一年度结转下年度为1，但本年度上年结转为0",
            "「总计」列：上一年度结转下年度为3，但本年度上年结转为2",
            "「行政规范性文件」：上一年度现行有效5件，加本年制发3件、减本年废止1件应为7件，但本年度现行有效为8件");
  }

  @Test
  void missing_tables_or_the_2019_format_skip_the_checks() {
    Statistics none = Statistics.none();
    Statistics after = year(active("1 0 3", "3 1 8"), requests("2 0 0 0 0 0 2", "0 0 0 0 0 0 0"));
    assertThat(CrossYearChecks.check(none, after)).isEmpty();
    assertThat(CrossYearChecks.check(after, none)).isEmpty();
    Statistics format2019 = year("信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 9\n规范性文件 1 1 9\n", null);
    assertThat(format2019.format()).isEqualTo("2019");
    assertThat(CrossYearChecks.check(format2019, after)).isEmpty();
  }
}
