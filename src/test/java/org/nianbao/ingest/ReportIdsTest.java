package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Base ids and deterministic collision suffixes. */
class ReportIdsTest {

  private static Report report(String source, String id) {
    return new Report(source, id, "t", null, null, null, List.of(), List.of());
  }

  @Test
  void base_id_is_year_dash_agency() {
    assertThat(ReportIds.baseId(2021, "金乡县投资促进服务中心", "a/000.txt")).isEqualTo("2021-金乡县投资促进服务中心");
  }

  @Test
  void base_id_falls_back_to_the_file_name() {
    assertThat(ReportIds.baseId(null, null, "some/dir/报告 2021.txt")).isEqualTo("报告-2021");
    assertThat(ReportIds.baseId(2020, null, "x/report.txt")).isEqualTo("2020-report");
    assertThat(ReportIds.baseId(null, "金乡县民政局", "x.txt")).isEqualTo("金乡县民政局");
    assertThat(ReportIds.baseId(null, null, "///")).isEqualTo("report");
  }

  @Test
  void base_id_is_safe_in_a_url_path_segment_and_capped() {
    String id = ReportIds.baseId(2021, "a/b\\c?d#e%f g\th\u0001i", "x.txt");
    assertThat(id).isEqualTo("2021-a-b-c-d-e-f-g-h-i");
    String longId = ReportIds.baseId(2021, "局".repeat(300), "x.txt");
    assertThat(longId.codePointCount(0, longId.length())).isEqualTo(100);
  }

  @Test
  void later_reports_with_the_same_base_id_get_numbered_suffixes_in_source_order() {
    List<Report> resolved =
        ReportIds.resolve(
            List.of(
                report("c.txt", "2021-局"),
                report("a.txt", "2021-局"),
                report("b.txt", "2021-局"),
                report("d.txt", "2022-局")));
    assertThat(resolved)
        .extracting(Report::source)
        .containsExactly("c.txt", "a.txt", "b.txt", "d.txt");
    assertThat(resolved)
        .extracting(Report::id)
        .containsExactly("2021-局-3", "2021-局", "2021-局-2", "2022-局");
  }

  @Test
  void incremental_assignment_is_idempotent_per_source_and_avoids_taken_suffixes() {
    ReportIds ids = new ReportIds();
    assertThat(ids.assign("2021-局-2", "x.txt")).isEqualTo("2021-局-2");
    assertThat(ids.assign("2021-局", "a.txt")).isEqualTo("2021-局");
    assertThat(ids.assign("2021-局", "b.txt")).isEqualTo("2021-局-3");
    assertThat(ids.assign("2021-局", "a.txt")).isEqualTo("2021-局");
  }
}
