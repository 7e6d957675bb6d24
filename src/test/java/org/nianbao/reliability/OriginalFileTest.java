package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.IndexSummary;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;

/**
 * {@code /reports/{id}/original}: the indexed file itself, with its content type and name, only
 * while it is unchanged at the indexed path; the report page links to it and to PDF pages.
 */
class OriginalFileTest {
  @TempDir static Path dir;
  private static TestSite site;
  private static Path pdf;
  private static Path text;
  private static byte[] pdfBytes;
  private static IndexSummary summary;

  private static final String PDF_ID = FuzzTest.enc("2023-洪泽区人民政府");
  private static final String TEXT_ID = FuzzTest.enc("2021-梁山县审计局");

  @BeforeAll
  static void start() throws Exception {
    Path files = Files.createDirectories(dir.resolve("files"));
    try (InputStream in =
        OriginalFileTest.class.getResourceAsStream("/real-files/hongze-2023.pdf")) {
      pdfBytes = in.readAllBytes();
    }
    pdf = files.resolve("洪泽区 2023.pdf");
    Files.write(pdf, pdfBytes);
    text = files.resolve("ls.txt");
    Files.writeString(
        text, "梁山县审计局2021年政府信息公开工作年度报告\n一、总体情况\n本局主动公开信息12条。\n二、主动公开政府信息情况\n规章 0 0 0\n");
    Path index = dir.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 1)) {
      summary = indexer.index(List.of(files), false, ProgressListener.NONE);
    }
    site = TestSite.start(index);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static HttpResponse<byte[]> get(String target) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(site.base() + target)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void the_summary_counts_reports_by_format() {
    assertThat(summary.formats())
        .containsExactly(java.util.Map.entry("文本", 1), java.util.Map.entry("PDF", 1));
    assertThat(summary.skipped()).isEmpty();
  }

  @Test
  void an_unchanged_pdf_is_served_inline_with_its_name() throws Exception {
    HttpResponse<byte[]> res = get("/reports/" + PDF_ID + "/original");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type")).hasValue("application/pdf");
    assertThat(res.headers().firstValue("content-disposition"))
        .hasValue(
            "inline; filename=\"____2023.pdf\"; filename*=UTF-8''%E6%B4%AA%E6%B3%BD%E5%8C%BA%202023.pdf");
    assertThat(res.body()).isEqualTo(pdfBytes);
  }

  @Test
  void a_text_original_is_a_sandboxed_download() throws Exception {
    HttpResponse<byte[]> res = get("/reports/" + TEXT_ID + "/original");
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.headers().firstValue("content-type").orElseThrow()).startsWith("text/plain");
    assertThat(res.headers().firstValue("content-disposition").orElseThrow())
        .startsWith("attachment;");
    assertThat(res.headers().firstValue("content-security-policy").orElseThrow())
        .endsWith("; sandbox");
  }

  @Test
  void the_report_page_links_to_the_original_and_to_the_pages_of_its_sections() throws Exception {
    String html = new String(get("/reports/" + PDF_ID).body(), StandardCharsets.UTF_8);
    String original = "/reports/" + PDF_ID + "/original";
    assertThat(html).contains("href=\"" + original + "\">查看原文</a>");
    assertThat(html).contains("href=\"" + original + "#page=3\">原文第 3 页</a>");
    assertThat(html).contains("href=\"" + original + "#page=5\">原文第 5 页</a>");
  }

  @Test
  void a_changed_or_missing_original_is_not_served() throws Exception {
    Path copy = dir.resolve("ls.bak");
    Files.copy(text, copy);
    try {
      Files.writeString(text, "改过了", java.nio.file.StandardOpenOption.APPEND);
      HttpResponse<byte[]> changed = get("/reports/" + TEXT_ID + "/original");
      assertThat(changed.statusCode()).isEqualTo(404);
      assertThat(new String(changed.body(), StandardCharsets.UTF_8))
          .contains("原文件已不在索引时的位置，或已被修改，无法提供。");
      Files.delete(text);
      assertThat(get("/reports/" + TEXT_ID + "/original").statusCode()).isEqualTo(404);
    } finally {
      Files.copy(copy, text, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void bundled_reports_without_original_and_unknown_ids_get_404() throws Exception {
    assertThat(get("/reports/nope/original").statusCode()).isEqualTo(404);
    assertThat(get("/reports/" + PDF_ID + "/original/extra").statusCode()).isEqualTo(404);
  }
}
