package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.ingest.Fixtures.parseFixture;
import static org.nianbao.ingest.Fixtures.section;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports written in traditional characters: compared on a simplified key; title and text kept as
 * written, facet values (agency, county) simplified (issue 12).
 */
class TraditionalCharsTest {

  @Test
  void a_traditional_report_is_recognised_with_its_metadata_and_sections() throws Exception {
    Report r = parseFixture("traditional-chars.txt");
    assertThat(r.title()).isEqualTo("臺東縣民政處2023年政府資訊公開工作年度報告");
    assertThat(r.agency()).isEqualTo("台东县民政处");
    assertThat(r.county()).isEqualTo("台东县");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.sections())
        .extracting(Section::title)
        .containsExactly(
            "",
            "總體情況",
            "主動公開政府資訊情況",
            "收到和處理政府資訊公開申請情況",
            "政府資訊公開行政復議、行政訴訟情況",
            "存在的主要問題及改進情況",
            "其他需要報告的事項");
    assertThat(section(r, 1).text()).startsWith("本處持續推動政府資訊公開，全年主動公開資訊42則。\n（一）主動公開情況");
    assertThat(section(r, 1).subsections()).hasSize(2);
    assertThat(section(r, 5).text()).isEqualTo("公開內容仍待充實。");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "臺東縣民政處2023年度政府資訊公開工作年度報告, 台东县民政处, 2023, 台东县",
    "臺東縣民政處二〇二三年政府資訊公開工作年報, 台东县民政处, 2023, 台东县",
    "臺東縣民政處關於2023年政府資訊公開工作的年度報告, 台东县民政处, 2023, 台东县",
    "關於臺東縣民政處2023年政府資訊公開工作年度報告, 台东县民政处, 2023, 台东县",
    "山東省濟寧市金鄉縣民政局2021年政府信息公開工作年度報告, 金乡县民政局, 2021, 金乡县",
    "濟寧市市場監督管理局2021年政府信息公開工作年度報告, 济宁市市场监督管理局, 2021, ",
  })
  void title_variants_in_traditional_characters(
      String title, String agency, int year, String county) throws Exception {
    Report r = MetadataExtractorTest.parseTitled(title);
    assertThat(r.agency()).isEqualTo(agency);
    assertThat(r.year()).isEqualTo(year);
    assertThat(r.county()).isEqualTo(county);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "總體情況, 1",
    "主動公開政府資訊情況, 2",
    "主動公開政府信息情況, 2",
    "收到和處理政府資訊公開申請情況, 3",
    "政府資訊公開行政復議、行政訴訟情況, 4",
    "存在的主要問題及改進情況, 5",
    "其他需要報告的事項, 6",
  })
  void standard_titles_in_traditional_characters(String title, int number) {
    assertThat(SectionTitles.standardNumber(title)).isEqualTo(number);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "臺東縣民政處, 臺東縣",
    "廣東省深圳市南山區教育局, 南山區",
    "中國共產黨金鄉縣委員會辦公室, 金鄉縣",
    "國家稅務總局金鄉縣稅務局, 金鄉縣",
    "濟寧市城市管理局, ",
    "濟寧高新區管委會, ",
  })
  void counties_keep_their_characters_as_written(String agency, String county) {
    assertThat(CountyExtractor.county(agency)).isEqualTo(county);
  }

  @Test
  void the_key_has_the_same_length_and_maps_資訊_to_信息() {
    String text = "臺東縣民政處2023年政府資訊公開工作年度報告";
    String key = SimplifiedKey.of(text);
    assertThat(key).hasSameSizeAs(text).isEqualTo("台东县民政处2023年政府信息公开工作年度报告");
    String simplified = "金乡县民政局2021年政府信息公开工作年度报告";
    assertThat(SimplifiedKey.of(simplified)).isSameAs(simplified);
  }
}
