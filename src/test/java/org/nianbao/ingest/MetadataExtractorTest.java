package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.ingest.Fixtures.parseFixture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title shapes, agency and year extraction. */
class MetadataExtractorTest {

  @Test
  void agency_on_its_own_line_above_the_title_is_joined_into_the_title() throws Exception {
    Report r = parseFixture("agency-above-title.txt");
    assertThat(r.title()).isEqualTo("济宁市任城区司法局2020年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("济宁市任城区司法局");
    assertThat(r.county()).isEqualTo("任城区");
    assertThat(r.year()).isEqualTo(2020);
    assertThat(r.id()).isEqualTo("2020-济宁市任城区司法局");
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
}
