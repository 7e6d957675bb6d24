package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.ingest.Fixtures.parseFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title shapes, agency and year extraction. */
class MetadataExtractorTest {

  @ParameterizedTest
  @CsvSource({
    "金乡县人民政府党政综合办公室, 金乡县人民政府",
    "兴海县教育局政务公开股, 兴海县教育局",
    "兴海县教育局电子政务股, 兴海县教育局",
    "兴海县教育局发布日期, 兴海县教育局",
    "兴海县教育局更新时间, 兴海县教育局",
    "兴海县人民政府办公室综合办, 兴海县人民政府办公室",
    "兴海縣教育局党政办, 兴海縣教育局",
    "兴海县教育局, 兴海县教育局",
    "办公室, 办公室",
    "兴海县股份公司, 兴海县股份公司"
  })
  void a_sub_office_or_a_date_field_is_cut_from_the_end_of_an_agency(String in, String out) {
    assertThat(MetadataExtractor.trimSubOffice(in)).isEqualTo(out);
  }

  @Test
  void agency_on_its_own_line_above_the_title_is_joined_into_the_title() throws Exception {
    Report r = parseFixture("agency-above-title.txt");
    assertThat(r.title()).isEqualTo("济宁市任城区司法局2020年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("任城区司法局");
    assertThat(r.county()).isEqualTo("任城区");
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.id()).isEqualTo("2020-任城区司法局");
  }

  @Test
  void title_split_over_three_lines_is_rebuilt() throws Exception {
    Report r = parseFixture("broken-lines.txt");
    assertThat(r.title()).isEqualTo("测试县民政局2021年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("测试县民政局");
  }

  @Test
  void duplicated_words_in_the_title_are_removed() throws Exception {
    Report r = parseFixture("duplicated-title-word.txt");
    assertThat(r.title()).isEqualTo("金乡县自然资源局2022年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("金乡县自然资源局");
    assertThat(r.county()).isEqualTo("金乡县");
  }

  @Test
  void year_written_in_chinese_numerals_is_read() throws Exception {
    Report r = parseFixture("chinese-year.txt");
    assertThat(r.year()).isEqualTo(2024);
    assertThat(r.agency()).isEqualTo("曲阜市文化和旅游局");
    assertThat(r.county()).isEqualTo("曲阜市");
  }

  @Test
  void year_and_agency_come_from_the_preamble_when_the_title_lacks_them() throws Exception {
    Report r = parseFixture("year-from-statistics.txt");
    assertThat(r.title()).isEqualTo("政府信息公开工作年度报告");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.agency()).isEqualTo("济宁市发展和改革委员会");
    assertThat(r.county()).isNull();
    assertThat(r.id()).isEqualTo("2023-济宁市发展和改革委员会");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "金乡县民政局2024 年政府信息公开工作年度报告, 2024",
    "金乡县民政局2024年度政府信息公开工作年度报告, 2024",
    "金乡县民政局二〇二四年政府信息公开工作年度报告, 2024",
    "金乡县民政局二O二一年政府信息公开工作年度报告, 2021",
  })
  void year_is_read_from_the_title(String title, int year) {
    assertThat(MetadataExtractor.yearIn(title)).isEqualTo(year);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "金乡县民政局2021年政府信息公开工作年度报告, 金乡县民政局",
    "2021年金乡县民政局政府信息公开工作年度报告, 金乡县民政局",
    "金乡县人民政府2021年政府信息公开工作年度报告, 金乡县人民政府",
    "2021年金乡县人民政府信息公开工作年度报告, 金乡县人民政府",
    "金乡县民政局关于2021年度政府信息公开工作的年度报告, 金乡县民政局",
    "金乡县民政局2021年政务公开工作年度报告, 金乡县民政局",
  })
  void agency_is_the_title_without_year_and_report_words(String title, String agency) {
    assertThat(MetadataExtractor.agencyFromTitle(title)).isEqualTo(agency);
  }

  @Test
  void a_title_without_agency_gives_no_agency() {
    assertThat(MetadataExtractor.agencyFromTitle("2020年政府信息公开工作年度报告")).isNull();
  }

  /** A minimal report under {@code title}. */
  static Report parseTitled(String title) throws ReportFileException {
    return Fixtures.PARSER.parseText(
        "t.txt",
        title
            + "\n一、总体情况\n本局主动公开信息 18 条。\n二、主动公开政府信息情况\n见下表。"
            + "\n三、收到和处理政府信息公开申请情况\n本年度未收到申请。\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // 年度 after the year, with and without a space, digits or Chinese numerals
    "金乡县教育局2021年度政府信息公开工作年度报告, 金乡县教育局, 2021, 金乡县",
    "金乡县教育局2021 年度政府信息公开工作年度报告, 金乡县教育局, 2021, 金乡县",
    "金乡县教育局二〇二一年度政府信息公开工作年度报告, 金乡县教育局, 2021, 金乡县",
    // Chinese-numeral years that repeat (二〇二〇) are not duplicated words
    "金乡县民政局二〇二〇年政府信息公开工作年度报告, 金乡县民政局, 2020, 金乡县",
    "金乡县民政局二零二零年政府信息公开工作年度报告, 金乡县民政局, 2020, 金乡县",
    "金乡县民政局二〇二〇年度政府信息公开工作年度报告, 金乡县民政局, 2020, 金乡县",
    "二〇二〇年金乡县民政局政府信息公开工作年度报告, 金乡县民政局, 2020, 金乡县",
    // real repeats in the agency name are kept
    "聊城市城市管理局2021年政府信息公开工作年度报告, 聊城市城市管理局, 2021, ",
    "临沭县城市管理局2021年政府信息公开工作年度报告, 临沭县城市管理局, 2021, 临沭县",
    // title shapes
    "金乡县民政局2021年政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "2021年度金乡县民政局政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局关于2021年政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2021年政府信息公开年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2021年度政府信息公开工作报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局政府信息公开工作2021年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局政府信息公开2021年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局政府信息公开工作年度报告（2021年度）, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局关于2021年度政府信息公开工作情况的报告, 金乡县民政局, 2021, 金乡县",
    "金乡县政务服务管理局2021年政府信息公开工作年度报告, 金乡县政务服务管理局, 2021, 金乡县",
    "曲阜市政务服务管理局2022年政府信息公开工作年度报告, 曲阜市政务服务管理局, 2022, 曲阜市",
    "国家税务总局金乡县税务局2021年政府信息公开工作年度报告, 国家税务总局金乡县税务局, 2021, 金乡县",
    "关于金乡县民政局2021年政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "《金乡县民政局2021年政府信息公开工作年度报告》, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局政府信息公开工作年度报告（2021）, 金乡县民政局, 2021, 金乡县",
    "（2021年度）金乡县民政局政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2O21年政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局二0二一年政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2020-2021年政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局政府信息公开2021年年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局政府信息公开2021年度工作报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2021年度政府信息公开工作情况报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2021年度政府信息公开年报, 金乡县民政局, 2021, 金乡县",
    "二〇二一年度金乡县民政局政府信息公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    // the known extraction damage is still repaired
    "金乡县民政局2021年政府信息公开 公开工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2021年政府信息公开工作 工作年度报告, 金乡县民政局, 2021, 金乡县",
    "金乡县民政局2021年政府信息公开工作年度 年度报告, 金乡县民政局, 2021, 金乡县",
  })
  void agency_year_and_county_from_title_variants(
      String title, String agency, int year, String county) throws Exception {
    Report r = parseTitled(title);
    assertThat(r.agency()).isEqualTo(agency);
    assertThat(r.year()).isEqualTo(year);
    assertThat(r.county()).isEqualTo(county);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "金乡县民政局二〇二〇年政府信息公开工作年度报告, 金乡县民政局二〇二〇年政府信息公开工作年度报告",
    "聊城市城市管理局2021年政府信息公开工作年度报告, 聊城市城市管理局2021年政府信息公开工作年度报告",
    "金乡县民政局2021年政府信息公开 公开工作年度报告, 金乡县民政局2021年政府信息公开工作年度报告",
    "金乡县民政局2021年政府信息公开公开工作年度年度报告, 金乡县民政局2021年政府信息公开工作年度报告",
  })
  void only_words_of_the_report_phrase_are_deduplicated(String raw, String clean) {
    assertThat(MetadataExtractor.cleanTitle(raw)).isEqualTo(clean);
  }
}
