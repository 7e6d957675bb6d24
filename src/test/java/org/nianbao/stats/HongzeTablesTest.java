package org.nianbao.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.index.Json;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;

/**
 * The two real PDFs (洪泽区 2023 and 2024), read from their PDFBox text ({@code sortByPosition}):
 * vertical group labels interleaved with rows, labels wrapped around their numbers, a misspelt
 * label (2.其他法律行政止公开), page footers inside table 三, decimal fees. The expected values in {@code
 * stats/hongze-*.expected.json} were checked against the rendered pages. Both PDFBox orders are
 * tested (sorted by position; content-stream order, where the vertical group label 三、本年度办理结果 comes
 * one character per line). The real PDFs read by the PDF reader must give the same statistics.
 */
class HongzeTablesTest {

  private static Report report(String year) throws Exception {
    return report(year, "pdfbox");
  }

  /** {@code pdfbox}: text sorted by position; {@code pdfbox-unsorted}: in content-stream order. */
  private static Report report(String year, String text) throws Exception {
    return StatsFixtures.rawReport(
        Files.readString(Path.of("src/test/resources/stats/hongze-" + year + "." + text + ".txt")));
  }

  private static JsonNode actual(String year) throws Exception {
    return actual(year, "pdfbox");
  }

  private static JsonNode actual(String year, String text) throws Exception {
    Report r = report(year, text);
    Statistics s = StatisticsExtractor.extract(r);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", "hongze-" + year + ".pdf");
    json.put("statistics", s.toJson());
    json.put("checks", ConsistencyChecks.check(r, s));
    return Json.mapper().readTree(Json.line(json));
  }

  @ParameterizedTest(name = "hongze-{0} {1}")
  @CsvSource({"2023, pdfbox", "2024, pdfbox", "2023, pdfbox-unsorted", "2024, pdfbox-unsorted"})
  void every_cell_matches_the_expected_file(String year, String text) throws Exception {
    JsonNode expected =
        Json.mapper()
            .readTree(
                Path.of("src/test/resources/stats/hongze-" + year + ".expected.json").toFile());
    assertThat(actual(year, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "hongze-{0} {1}")
  @CsvSource({"2023, pdfbox", "2024, pdfbox-unsorted"})
  void the_text_through_the_report_parser_gives_the_same_statistics(String year, String text)
      throws Exception {
    String source = "hongze-" + year + ".pdf";
    Report r =
        new ReportParser()
            .parseText(
                source,
                Files.readString(
                    Path.of("src/test/resources/stats/hongze-" + year + "." + text + ".txt")));
    Statistics s = StatisticsExtractor.extract(r);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", source);
    json.put("statistics", s.toJson());
    json.put("checks", ConsistencyChecks.check(r, s));
    JsonNode expected =
        Json.mapper()
            .readTree(
                Path.of("src/test/resources/stats/hongze-" + year + ".expected.json").toFile());
    assertThat(Json.mapper().readTree(Json.line(json))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "hongze-{0}.pdf")
  @CsvSource({"2023", "2024"})
  void the_real_pdf_through_the_pdf_reader_gives_the_expected_statistics(String year)
      throws Exception {
    String source = "hongze-" + year + ".pdf";
    Report r = new ReportParser().parse(Path.of("src/test/resources/real-files/" + source));
    Statistics s = StatisticsExtractor.extract(r);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", source);
    json.put("statistics", s.toJson());
    json.put("checks", ConsistencyChecks.check(r, s));
    JsonNode expected =
        Json.mapper()
            .readTree(
                Path.of("src/test/resources/stats/hongze-" + year + ".expected.json").toFile());
    assertThat(Json.mapper().readTree(Json.line(json))).isEqualTo(expected);
  }

  @Test
  void hongze_2023_prints_a_review_total_of_zero_beside_ten_and_one() throws Exception {
    JsonNode j = actual("2023");
    assertThat(j.at("/statistics/review_total").asInt()).isZero();
    assertThat(j.at("/statistics/tables/reviews/rows/0/cells/结果维持").asInt()).isEqualTo(10);
    assertThat(j.at("/statistics/tables/requests/rows/5/label").asText())
        .isEqualTo("（三）不予公开 2.其他法律行政法规禁止公开");
    assertThat(j.at("/statistics/tables/active/rows/5/cells/本年收费金额（单位：万元）").decimalValue())
        .isEqualByComparingTo("7730.28");
    assertThat(j.get("checks").toString())
        .isEqualTo(
            "[\"表四「行政复议」：结果维持、结果纠正、其他结果、尚未审结之和为11，但总计为0\","
                + "\"表四「行政诉讼 复议后起诉」：结果维持、结果纠正、其他结果、尚未审结之和为5，但总计为0\"]");
  }

  @Test
  void hongze_2024_prose_contradicting_the_table_is_flagged() throws Exception {
    JsonNode j = actual("2024");
    assertThat(j.at("/statistics/new_requests").asInt()).isEqualTo(95);
    assertThat(j.get("checks").toString())
        .isEqualTo("[\"正文称「受理政府信息公开申请17件」，但表三本年新收政府信息公开申请总计为95\"]");
  }

  @Test
  void hongze_2023_to_2024_passes_the_cross_year_checks() throws Exception {
    Statistics y2023 = StatisticsExtractor.extract(report("2023"));
    Statistics y2024 = StatisticsExtractor.extract(report("2024"));
    assertThat(CrossYearChecks.check(y2023, y2024)).isEmpty();
  }
}
