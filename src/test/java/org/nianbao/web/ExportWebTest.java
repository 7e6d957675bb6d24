package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;
import static org.nianbao.web.WebTesting.header;
import static org.nianbao.web.WebTesting.withApp;

import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;

class ExportWebTest {
  private final FakeSearchService search = new FakeSearchService();

  @Test
  void search_csv_is_an_attachment_with_bom_and_one_row_per_report() throws Exception {
    withApp(
        search,
        client -> {
          Response res = client.get("/search.csv?q=" + enc("微信公众号") + "&county=" + enc("金乡县"));
          assertThat(res.code()).isEqualTo(200);
          assertThat(header(res, "Content-Type"))
              .isEqualToIgnoringWhitespace("text/csv;charset=utf-8");
          assertThat(header(res, "Content-Disposition"))
              .isEqualTo("attachment; filename=\"nianbao-search.csv\"");
          String body = res.body().string();
          String[] lines = body.split("\r\n");
          assertThat(lines[0]).isEqualTo("\uFEFF编号,标题,发布机关,省份,地市,区县,年度,匹配章节,首个摘要,报告链接");
          assertThat(lines).hasSize(3);
          assertThat(lines[1])
              .startsWith(
                  "2021-金乡县投资促进服务中心,金乡县投资促进服务中心2021年政府信息公开工作年度报告,金乡县投资促进服务中心,,,金乡县,2021,一、总体情况；三、");
          // a hostile agency starting with a quote is quoted, never markup
          assertThat(lines[2])
              .startsWith(
                  "\"2020-<i>高青县 \"\"投资\"\"&促进?#\",<script>alert(1)</script>,\"\"\"><svg onload=alert(1)>\"");
          assertThat(search.requests.getLast().counties()).containsExactly("金乡县");
        });
  }

  @Test
  void search_xlsx_is_a_workbook_and_a_bad_query_is_a_400() throws Exception {
    withApp(
        search,
        client -> {
          Response res = client.get("/search.xlsx?q=" + enc("微信公众号"));
          assertThat(res.code()).isEqualTo(200);
          assertThat(header(res, "Content-Type")).isEqualTo(ExportController.XLSX);
          assertThat(res.body().string()).startsWith("PK"); // a zip
          Response bad = client.get("/search.csv?page=abc");
          assertThat(bad.code()).isEqualTo(400);
        });
  }
}
