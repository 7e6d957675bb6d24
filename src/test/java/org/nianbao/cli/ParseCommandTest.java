package org.nianbao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.Json;
import picocli.CommandLine;

/** The {@code parse} command, run in-process with captured output. */
class ParseCommandTest {
  private static final String SAMPLE = "src/main/resources/corpus/000_bf1f93b444d87913.txt";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void json_mode_prints_one_object_per_file_and_exit_code_zero() throws Exception {
    int rc = run("parse", "--json", SAMPLE);
    assertThat(rc).isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode r = Json.mapper().readTree(lines[0]);
    assertThat(r.get("source").asText()).isEqualTo(SAMPLE);
    assertThat(r.get("id").asText()).isEqualTo("2021-金乡县投资促进服务中心");
    assertThat(r.get("county").asText()).isEqualTo("金乡县");
    assertThat(r.get("year").asInt()).isEqualTo(2021);
    assertThat(r.get("sections")).hasSize(7);
    assertThat(r.get("sections").get(1).get("subsections").get(0).get("label").asText())
        .isEqualTo("（一）");
    assertThat(r.get("warnings").isArray()).isTrue();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void json_mode_carries_statistics_and_checks() throws Exception {
    String sample = "src/main/resources/corpus/004_e00c555d78a674aa.txt";
    assertThat(run("parse", "--json", sample)).isZero();
    JsonNode r = Json.mapper().readTree(out.toString().strip());
    JsonNode s = r.get("statistics");
    assertThat(s.get("format").asText()).isEqualTo("2021");
    assertThat(s.get("new_requests").asInt()).isEqualTo(2);
    assertThat(s.get("handled_total").asInt()).isEqualTo(2);
    assertThat(s.get("carried_over").asInt()).isZero();
    assertThat(s.get("carried_forward").asInt()).isZero();
    assertThat(s.get("review_total").asInt()).isZero();
    assertThat(s.get("litigation_direct_total").asInt()).isZero();
    assertThat(s.get("litigation_after_review_total").asInt()).isZero();
    assertThat(s.at("/tables/active/rows/2/label").asText()).isEqualTo("行政许可");
    assertThat(s.at("/tables/active/rows/2/cells/本年处理决定数量").asInt()).isEqualTo(23140);
    assertThat(s.at("/tables/requests/rows")).hasSize(25);
    assertThat(s.at("/tables/requests/rows/4/cells/自然人").isNull()).isTrue();
    assertThat(s.at("/tables/reviews/rows/0/label").asText()).isEqualTo("行政复议");
    assertThat(s.get("warnings")).hasSize(1);
    assertThat(r.get("checks").isArray()).isTrue();
    assertThat(r.get("checks")).isEmpty();
  }

  @Test
  void json_mode_reports_bad_files_as_error_objects_and_keeps_going() throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    int rc = run("parse", "--json", empty.toString(), SAMPLE);
    assertThat(rc).isEqualTo(1);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines).hasSize(2);
    JsonNode error = Json.mapper().readTree(lines[0]);
    assertThat(error.size()).isEqualTo(2);
    assertThat(error.get("source").asText()).isEqualTo(empty.toString());
    assertThat(error.get("error").asText()).isEqualTo("文件为空");
    assertThat(Json.mapper().readTree(lines[1]).get("id").asText()).isEqualTo("2021-金乡县投资促进服务中心");
  }

  @Test
  void readable_mode_prints_a_summary_and_errors_on_stderr() throws Exception {
    Path missing = dir.resolve("missing.txt");
    int rc = run("parse", SAMPLE, missing.toString());
    assertThat(rc).isEqualTo(1);
    assertThat(out.toString())
        .contains("2021-金乡县投资促进服务中心  (" + SAMPLE + ")")
        .contains("机关: 金乡县投资促进服务中心  县区: 金乡县  年份: 2021")
        .contains("3 收到和处理政府信息公开申请情况");
    assertThat(err.toString().strip()).isEqualTo("错误 " + missing + ": 文件不存在");
  }

  @Test
  void colliding_ids_in_one_run_get_suffixes_by_source_order() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(SAMPLE));
    Path b = Files.write(dir.resolve("b.txt"), bytes);
    Path a = Files.write(dir.resolve("a.txt"), bytes);
    int rc = run("parse", "--json", b.toString(), a.toString());
    assertThat(rc).isZero();
    String[] lines = out.toString().strip().split("\n");
    assertThat(Json.mapper().readTree(lines[0]).get("id").asText()).isEqualTo("2021-金乡县投资促进服务中心-2");
    assertThat(Json.mapper().readTree(lines[1]).get("id").asText()).isEqualTo("2021-金乡县投资促进服务中心");
  }

  @Test
  void missing_file_argument_is_a_usage_error() {
    assertThat(run("parse")).isEqualTo(2);
    assertThat(err.toString()).contains("FILE");
  }

  @Test
  void output_is_utf8_json_that_round_trips() throws Exception {
    Path gbk =
        Files.write(dir.resolve("gbk.txt"), Files.readString(Path.of(SAMPLE)).getBytes("GB18030"));
    assertThat(run("parse", "--json", gbk.toString())).isZero();
    assertThat(out.toString().getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100);
    assertThat(Json.mapper().readTree(out.toString()).get("title").asText())
        .isEqualTo("金乡县投资促进服务中心2021年政府信息公开工作年度报告");
  }
}
