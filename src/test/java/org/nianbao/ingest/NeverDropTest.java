package org.nianbao.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Texts that read like a report are never dropped; everything else is rejected with its case. */
class NeverDropTest {

  private final ReportParser parser = new ReportParser();
  @TempDir Path dir;

  @Test
  void an_excerpt_without_title_agency_or_year_is_kept_with_warnings() throws Exception {
    String excerpt =
        "我县认真贯彻落实《条例》，把政务公开作为推进政府职能转变的重要抓手。\n"
            + "（一）主动公开方面\n在县政府网站累计公开各类政府信息共计2698条。\n"
            + "（二）依申请公开方面\n收到依申请公开信息16件，已全部按期限答复办结。";
    Report r = parser.parseText("excerpt.txt", excerpt);
    assertThat(r.agency()).isNull();
    assertThat(r.year()).isNull();
    assertThat(r.county()).isNull();
    assertThat(r.warnings()).contains("未识别到年份", "未识别到发布机关");
    assertThat(r.sections().get(0).text()).contains("在县政府网站累计公开各类政府信息共计2698条。");
  }

  @Test
  void a_title_below_the_page_navigation_and_breadcrumbs_is_found() throws Exception {
    String text =
        """
        首页 政务公开 政务服务 互动交流 走进梁山
        当前位置：首页 > 政务公开 > 年度报告
        索引号：113708320045/2022-00031 发布机构：梁山县审计局
        字号：大 中 小
        梁山县审计局2021年政府信息公开工作年度报告
        一、总体情况
        本局主动公开信息12条。
        二、主动公开政府信息情况
        规章 0 0 0
        【打印】【关闭】
        版权所有：梁山县人民政府 鲁ICP备12345678号
        """;
    Report r = parser.parseText("ls.txt", text);
    assertThat(r.title()).isEqualTo("梁山县审计局2021年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("梁山县审计局");
    assertThat(r.year()).isEqualTo(2021);
    assertThat(r.sections().get(0).text()).isEmpty();
    assertThat(r.sections().get(2).text()).isEqualTo("规章 0 0 0");
  }

  @Test
  void report_lines_that_share_words_with_widgets_are_kept() throws Exception {
    String text =
        """
        梁山县审计局2021年政府信息公开工作年度报告
        一、总体情况
        政务新媒体发布信息：
        微信 12
        微博 3
        关闭 2
        已关闭不再使用的账号。
        分享到：微信 微博
        """;
    Report r = parser.parseText("ls.txt", text);
    assertThat(r.sections().get(1).text()).isEqualTo("政务新媒体发布信息：\n微信 12\n微博 3\n关闭 2\n已关闭不再使用的账号。");
  }

  @Test
  void a_page_flattened_onto_one_line_is_kept() throws Exception {
    String flat =
        "首页 > 信息公开 > 年度报告 本报告依据《中华人民共和国政府信息公开条例》编制，统计期限自2022年1月1日起至"
            + "2022年12月31日止。一、总体情况 本镇主动公开信息30条。二、主动公开政府信息情况 规章 0 0 0 "
            + "三、收到和处理政府信息公开申请情况 本年无申请。";
    Report r = parser.parseText("flat.txt", flat);
    assertThat(r.year()).isEqualTo(2022);
    assertThat(r.sections()).isNotEmpty();
  }

  @Test
  void other_kinds_of_document_are_rejected_naming_the_kind() throws Exception {
    assertRejected(
        "关于报送2022年度政府信息公开工作年度报告的函\n各单位：\n请于1月20日前报送年度报告。",
        "不是政府信息公开工作年度报告（是函：关于报送2022年度政府信息公开工作年度报告的函）");
    assertRejected(
        "关于全面推进政务公开工作的实施意见\n为深入推进政务公开，提出如下意见。\n一、总体要求\n主动公开政府信息。",
        "不是政府信息公开工作年度报告（是意见：关于全面推进政务公开工作的实施意见）");
  }

  @Test
  void bad_texts_are_rejected_each_with_its_reason() throws Exception {
    assertRejected("", "文件为空");
    assertRejected("会议纪要：同意。", "不是政府信息公开工作年度报告（内容过短，只有 6 个汉字）");
    assertRejected(
        "Annual report on open government information. Nothing in Chinese here at all.",
        "没有中文内容，不是政府信息公开工作年度报告");
    // GBK bytes shown as Latin-1: the classic mojibake
    String garbled =
        new String(
            "政府信息公开工作年度报告主动公开情况依申请公开情况".getBytes(java.nio.charset.Charset.forName("GBK")),
            StandardCharsets.ISO_8859_1);
    assertRejected(garbled, "乱码（文字无法识别：编码错误或字体缺少 Unicode 映射）");
  }

  @Test
  void size_limits_are_per_format_and_named() throws Exception {
    Path text = dir.resolve("big.txt");
    sparse(text, "政府信息公开".getBytes(StandardCharsets.UTF_8), 21L * 1024 * 1024);
    assertThatThrownBy(() -> parser.parse(text)).hasMessage(text + ": 文件过大（21.0 MB，上限 20 MB）");
    Path pdf = dir.resolve("big.pdf");
    sparse(pdf, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 101L * 1024 * 1024);
    assertThatThrownBy(() -> parser.parse(pdf))
        .hasMessage(pdf + ": 文件过大（101.0 MB，PDF/Word 文件上限 100 MB）");
    Path html = dir.resolve("page.html");
    sparse(html, "<html><head>".getBytes(StandardCharsets.US_ASCII), 21L * 1024 * 1024);
    assertThatThrownBy(() -> parser.parse(html)).hasMessage(html + ": 文件过大（21.0 MB，上限 20 MB）");
  }

  private static void sparse(Path file, byte[] head, long length) throws Exception {
    Files.write(file, head);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(length);
    }
  }

  private void assertRejected(String text, String reason) {
    assertThatThrownBy(() -> parser.parseText("x.txt", text))
        .isInstanceOf(ReportFileException.class)
        .hasMessage("x.txt: " + reason);
  }
}
