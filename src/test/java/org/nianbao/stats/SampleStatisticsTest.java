package org.nianbao.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.stats.StatsFixtures.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;

/**
 * Every cell of tables 二, 三 and 四 of the five bundled samples, read from the parsed reports and
 * from the raw files cut at their headings (each sample has its own table layout: vertical headers
 * one character per line, wrapped labels, tabs, one cell per line).
 */
class SampleStatisticsTest {

  static final String ACTIVE_2021_ZERO =
      """
      规章: 0 0 0
      行政规范性文件: 0 0 0
      行政许可: 0
      行政处罚: 0
      行政强制: 0
      行政事业性收费: 0""";

  static final String REQUESTS_2021_ZERO =
      """
      一、本年新收政府信息公开申请数量: 0 0 0 0 0 0 0
      二、上年结转政府信息公开申请数量: 0 0 0 0 0 0 0
      （一）予以公开: 0 0 0 0 0 0 0
      （二）部分公开（区分处理的，只计这一情形，不计其他情形）: 0 0 0 0 0 0 0
      （三）不予公开 1.属于国家秘密: 0 0 0 0 0 0 0
      （三）不予公开 2.其他法律行政法规禁止公开: 0 0 0 0 0 0 0
      （三）不予公开 3.危及“三安全一稳定”: 0 0 0 0 0 0 0
      （三）不予公开 4.保护第三方合法权益: 0 0 0 0 0 0 0
      （三）不予公开 5.属于三类内部事务信息: 0 0 0 0 0 0 0
      （三）不予公开 6.属于四类过程性信息: 0 0 0 0 0 0 0
      （三）不予公开 7.属于行政执法案卷: 0 0 0 0 0 0 0
      （三）不予公开 8.属于行政查询事项: 0 0 0 0 0 0 0
      （四）无法提供 1.本机关不掌握相关政府信息: 0 0 0 0 0 0 0
      （四）无法提供 2.没有现成信息需要另行制作: 0 0 0 0 0 0 0
      （四）无法提供 3.补正后申请内容仍不明确: 0 0 0 0 0 0 0
      （五）不予处理 1.信访举报投诉类申请: 0 0 0 0 0 0 0
      （五）不予处理 2.重复申请: 0 0 0 0 0 0 0
      （五）不予处理 3.要求提供公开出版物: 0 0 0 0 0 0 0
      （五）不予处理 4.无正当理由大量反复申请: 0 0 0 0 0 0 0
      （五）不予处理 5.要求行政机关确认或重新出具已获取信息: 0 0 0 0 0 0 0
      （六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: 0 0 0 0 0 0 0
      （六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: 0 0 0 0 0 0 0
      （六）其他处理 3.其他: 0 0 0 0 0 0 0
      （七）总计: 0 0 0 0 0 0 0
      四、结转下年度继续办理: 0 0 0 0 0 0 0""";

  static final String REVIEWS_ZERO =
      """
      行政复议: 0 0 0 0 0
      行政诉讼 未经复议直接起诉: 0 0 0 0 0
      行政诉讼 复议后起诉: 0 0 0 0 0""";

  /**
   * 高青县 2020 (2019 format): （六）其他处理 and （七）总计 print 8 zeros, table 四 16 zeros; as every reading
   * gives zeros they are read, with a warning.
   */
  static final String ACTIVE_002 =
      """
      规章: 0 0 0
      规范性文件: 0 0 0
      行政许可: 0 0 0
      其他对外管理服务事项: 17 2 19
      行政处罚: 0 0 0
      行政强制: 0 0 0
      行政事业性收费: 0 0
      政府集中采购: 0 0""";

  static final String REQUESTS_002 =
      """
      一、本年新收政府信息公开申请数量: 0 0 0 0 0 0 0
      二、上年结转政府信息公开申请数量: 0 0 0 0 0 0 0
      （一）予以公开: 0 0 0 0 0 0 0
      （二）部分公开（区分处理的，只计这一情形，不计其他情形）: 0 0 0 0 0 0 0
      （三）不予公开 1.属于国家秘密: 0 0 0 0 0 0 0
      （三）不予公开 2.其他法律行政法规禁止公开: 0 0 0 0 0 0 0
      （三）不予公开 3.危及“三安全一稳定”: 0 0 0 0 0 0 0
      （三）不予公开 4.保护第三方合法权益: 0 0 0 0 0 0 0
      （三）不予公开 5.属于三类内部事务信息: 0 0 0 0 0 0 0
      （三）不予公开 6.属于四类过程性信息: 0 0 0 0 0 0 0
      （三）不予公开 7.属于行政执法案卷: 0 0 0 0 0 0 0
      （三）不予公开 8.属于行政查询事项: 0 0 0 0 0 0 0
      （四）无法提供 1.本机关不掌握相关政府信息: 0 0 0 0 0 0 0
      （四）无法提供 2.没有现成信息需要另行制作: 0 0 0 0 0 0 0
      （四）无法提供 3.补正后申请内容仍不明确: 0 0 0 0 0 0 0
      （五）不予处理 1.信访举报投诉类申请: 0 0 0 0 0 0 0
      （五）不予处理 2.重复申请: 0 0 0 0 0 0 0
      （五）不予处理 3.要求提供公开出版物: 0 0 0 0 0 0 0
      （五）不予处理 4.无正当理由大量反复申请: 0 0 0 0 0 0 0
      （五）不予处理 5.要求行政机关确认或重新出具已获取信息: 0 0 0 0 0 0 0
      （六）其他处理: 0 0 0 0 0 0 0
      （七）总计: 0 0 0 0 0 0 0
      四、结转下年度继续办理: 0 0 0 0 0 0 0""";

  static final List<String> WARNINGS_002 =
      List.of(
          "表三（收到和处理政府信息公开申请情况）有多余的数字：「（六）其他处理」读到8个相同的数字，应为7个，按7个读取；「（七）总计」读到8个相同的数字，应为7个，按7个读取",
          "表四（政府信息公开行政复议、行政诉讼情况）有多余的数字：读到16个相同的数字，应为15个，按15个读取");

  /** 金乡县行政审批服务局 2022: 1.属于国家秘密 prints only 6 numbers. */
  static final String ACTIVE_004 =
      """
      规章: 0 0 0
      行政规范性文件: 0 0 0
      行政许可: 23140
      行政处罚: 0
      行政强制: 0
      行政事业性收费: 0""";

  static final String REQUESTS_004 =
      REQUESTS_2021_ZERO
          .replace("一、本年新收政府信息公开申请数量: 0 0 0 0 0 0 0", "一、本年新收政府信息公开申请数量: 2 0 0 0 0 0 2")
          .replace("（一）予以公开: 0 0 0 0 0 0 0", "（一）予以公开: 2 0 0 0 0 0 2")
          .replace("1.属于国家秘密: 0 0 0 0 0 0 0", "1.属于国家秘密: - - - - - - -")
          .replace("（七）总计: 0 0 0 0 0 0 0", "（七）总计: 2 0 0 0 0 0 2");

  static final List<String> WARNINGS_004 =
      List.of("表三（收到和处理政府信息公开申请情况）部分行无法读取：「（三）不予公开 1.属于国家秘密」读到6个数字，应为7个");

  private static Path sample(String prefix) throws Exception {
    try (var files = Files.list(Path.of("src/main/resources/corpus"))) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static Report parsed(String prefix) throws Exception {
    return new ReportParser().parse(sample(prefix));
  }

  private static Report raw(String prefix) throws Exception {
    return StatsFixtures.rawReport(Files.readString(sample(prefix)));
  }

  @ParameterizedTest(name = "sample {0}")
  @ValueSource(strings = {"000", "001", "003"})
  void zero_samples_read_every_cell_as_zero(String prefix) throws Exception {
    for (Report report : List.of(parsed(prefix), raw(prefix))) {
      Statistics s = StatisticsExtractor.extract(report);
      assertThat(s.format()).isEqualTo("2021");
      assertThat(render(s.active())).isEqualTo(ACTIVE_2021_ZERO);
      assertThat(render(s.requests())).isEqualTo(REQUESTS_2021_ZERO);
      assertThat(render(s.reviews())).isEqualTo(REVIEWS_ZERO);
      assertThat(s.warnings()).isEmpty();
      assertThat(ConsistencyChecks.check(report, s)).isEmpty();
      assertThat(List.of(s.newRequests(), s.carriedOver(), s.handledTotal(), s.carriedForward()))
          .containsExactly(0, 0, 0, 0);
      assertThat(
              List.of(s.reviewTotal(), s.litigationDirectTotal(), s.litigationAfterReviewTotal()))
          .containsExactly(0, 0, 0);
    }
  }

  @Test
  void sample_002_is_2019_format_with_surplus_zeros_read_and_warned() throws Exception {
    for (Report report : List.of(parsed("002"), raw("002"))) {
      Statistics s = StatisticsExtractor.extract(report);
      assertThat(s.format()).isEqualTo("2019");
      assertThat(render(s.active())).isEqualTo(ACTIVE_002);
      assertThat(render(s.requests())).isEqualTo(REQUESTS_002);
      assertThat(render(s.reviews())).isEqualTo(REVIEWS_ZERO);
      assertThat(s.warnings()).isEqualTo(WARNINGS_002);
      assertThat(List.of(s.newRequests(), s.carriedOver(), s.handledTotal(), s.carriedForward()))
          .containsExactly(0, 0, 0, 0);
      assertThat(s.reviewTotal()).isZero();
      assertThat(ConsistencyChecks.check(report, s)).isEmpty();
    }
  }

  @Test
  void sample_004_reads_its_numbers_and_leaves_the_short_row_absent() throws Exception {
    for (Report report : List.of(parsed("004"), raw("004"))) {
      Statistics s = StatisticsExtractor.extract(report);
      assertThat(s.format()).isEqualTo("2021");
      assertThat(render(s.active())).isEqualTo(ACTIVE_004);
      assertThat(render(s.requests())).isEqualTo(REQUESTS_004);
      assertThat(render(s.reviews())).isEqualTo(REVIEWS_ZERO);
      assertThat(s.warnings()).isEqualTo(WARNINGS_004);
      assertThat(List.of(s.newRequests(), s.carriedOver(), s.handledTotal(), s.carriedForward()))
          .containsExactly(2, 0, 2, 0);
      // the result-rows check needs every result row, so it is skipped, not guessed
      assertThat(ConsistencyChecks.check(report, s)).isEmpty();
    }
  }
}
