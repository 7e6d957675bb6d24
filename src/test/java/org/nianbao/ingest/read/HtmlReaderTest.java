package org.nianbao.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;

/** Saved government pages with their chrome, in GB2312 and UTF-8. */
class HtmlReaderTest {

  private final ReportParser parser = new ReportParser();

  static final String GB_PAGE =
      """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
      <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
      <title>邹城市自然资源局2021年政府信息公开工作年度报告_邹城市人民政府</title>
      <meta name="ArticleTitle" content="邹城市自然资源局2021年政府信息公开工作年度报告">
      <meta name="PubDate" content="2022-01-25 09:30">
      <meta name="ContentSource" content="邹城市自然资源局">
      <link rel="canonical" href="http://www.zoucheng.gov.cn/art/2022/1/25/art_1_100.html">
      <script>var x = "一、总体情况";</script><style>.a{color:red}</style></head>
      <body>
      <div class="top-nav"><a href="/">首页</a> <a>政务公开</a> <a>政务服务</a> <a>互动交流</a></div>
      <div class="login"><a>登录</a> | <a>注册</a></div>
      <div class="position">当前位置：<a>首页</a> &gt; <a>政务公开</a> &gt; <a>年度报告</a></div>
      <table class="xxgk-meta">
        <tr><td>索引号：</td><td>11370883MB1234567X/2022-00012</td><td>主题分类：</td><td>其他</td></tr>
        <tr><td>发布机构：</td><td>邹城市自然资源局</td><td>发文日期：</td><td>2022-01-25</td></tr>
        <tr><td>标题：</td><td colspan="3">邹城市自然资源局2021年政府信息公开工作年度报告</td></tr>
      </table>
      <h1 class="title">邹城市自然资源局2021年政府信息公开工作年度报告</h1>
      <div class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></div>
      <div id="zoom">
      <p>&nbsp;&nbsp;本报告由邹城市自然资源局编制，局长朱镕基审定。</p>
      <p>一、总体情况</p>
      <p>2021年，本局主动公开政府信息<span>56</span>条，通过政务新媒体发布信息23条。</p>
      <p>二、主动公开政府信息情况</p>
      <table border="1">
        <tr><td rowspan="2">信息内容</td><td colspan="2">本年情况</td></tr>
        <tr><td>本年制发件数</td><td>本年废止件数</td></tr>
        <tr><td>规章</td><td>0</td><td>0</td></tr>
        <tr><td>行政规范性文件</td><td>2</td><td>1</td></tr>
      </table>
      <p>三、收到和处理政府信息公开申请情况</p><p>本年新收申请4件。</p>
      <p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p>
      <p>五、存在的主要问题及改进情况</p><p>公开深度不够。</p>
      <p>六、其他需要报告的事项</p><p>无。</p>
      </div>
      <div class="share">分享到：<a>微信</a> <a>微博</a></div>
      <div class="print">【打印】【关闭】</div>
      <div class="footer">主办单位：邹城市人民政府办公室 版权所有 鲁ICP备05001234号 网站标识码3708830001</div>
      </body></html>
      """;

  @Test
  void a_gb2312_page_gives_the_body_the_page_metadata_and_its_url() throws Exception {
    byte[] bytes = GB_PAGE.getBytes(Charset.forName("GBK"));
    assertThat(FormatDetector.detect(bytes)).isEqualTo(Format.HTML);
    Extracted x = new HtmlReader().read("zc.html", bytes);
    assertThat(x.hints())
        .isEqualTo(
            new PageHints(
                "邹城市自然资源局2021年政府信息公开工作年度报告",
                "邹城市自然资源局",
                "2022-01-25",
                "http://www.zoucheng.gov.cn/art/2022/1/25/art_1_100.html"));
    assertThat(x.text())
        .startsWith("邹城市自然资源局2021年政府信息公开工作年度报告\n本报告由邹城市自然资源局编制，局长朱镕基审定。")
        .contains("信息内容\t本年情况\t\n\t本年制发件数\t本年废止件数\n规章\t0\t0\n行政规范性文件\t2\t1")
        .doesNotContain("索引号", "首页", "字号", "打印", "登录", "分享", "版权所有", "var x");

    ReportParser.Parsed parsed = parser.parseFile("zc.html", bytes);
    Report r = parsed.report();
    assertThat(parsed.format()).isEqualTo(Format.HTML);
    assertThat(r.title()).isEqualTo("邹城市自然资源局2021年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("邹城市自然资源局");
    assertThat(r.year()).isEqualTo(2021);
    assertThat(r.sourceUrl()).isEqualTo("http://www.zoucheng.gov.cn/art/2022/1/25/art_1_100.html");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(r.sections().get(0).text()).isEqualTo("本报告由邹城市自然资源局编制，局长朱镕基审定。");
    assertThat(r.sections().get(2).text())
        .isEqualTo("信息内容 本年情况\n本年制发件数 本年废止件数\n规章 0 0\n行政规范性文件 2 1");
    assertThat(r.sections().get(6).text()).isEqualTo("无。");
  }

  @Test
  void a_utf8_page_without_cms_container_keeps_the_report_and_drops_the_navigation()
      throws Exception {
    String page =
        """
        <html><head><meta charset="utf-8"><meta property="og:url" content="https://www.example.gov.cn/a/1.html"></head><body>
        <ul class="menu"><li>首页</li><li>新闻中心</li><li>政务公开</li><li>办事服务</li></ul>
        <div class="main"><div class="crumbs">首页 &gt; 信息公开 &gt; 年度报告</div>
        <div class="article">
        <h2>梁山县审计局2023年政府信息公开工作年度报告</h2>
        <p>一、总体情况</p><p>2023年，本局主动公开信息12条。</p>
        <p>二、主动公开政府信息情况</p><p>规章0件。</p>
        <p>三、收到和处理政府信息公开申请情况</p><p>未收到申请。</p>
        </div></div>
        <footer>版权所有 梁山县人民政府</footer></body></html>
        """;
    Report r = parser.parseBytes("ls.htm", page.getBytes(StandardCharsets.UTF_8));
    assertThat(r.title()).isEqualTo("梁山县审计局2023年政府信息公开工作年度报告");
    assertThat(r.agency()).isEqualTo("梁山县审计局");
    assertThat(r.year()).isEqualTo(2023);
    assertThat(r.sourceUrl()).isEqualTo("https://www.example.gov.cn/a/1.html");
    assertThat(r.sections()).extracting(Section::number).containsExactly(0, 1, 2, 3);
    assertThat(r.sections().get(0).text()).isEmpty();
    assertThat(r.sections().get(3).text()).isEqualTo("未收到申请。");
  }

  @Test
  void the_site_name_is_cut_from_the_page_title() {
    assertThat(HtmlReader.withoutSiteName("某某局2021年政府信息公开工作年度报告_某某市人民政府"))
        .isEqualTo("某某局2021年政府信息公开工作年度报告");
    assertThat(HtmlReader.withoutSiteName("某某局2021年度报告 - 某某县政府网")).isEqualTo("某某局2021年度报告");
    assertThat(HtmlReader.withoutSiteName("某某局2021年度报告")).isEqualTo("某某局2021年度报告");
  }

  @Test
  void declared_gbk_and_gb2312_are_decoded_as_gb18030() {
    byte[] bytes = "<meta charset=\"GB2312\">".getBytes(StandardCharsets.US_ASCII);
    assertThat(HtmlCharset.declared(bytes)).isEqualTo(Charset.forName("GB18030"));
    bytes =
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"
            .getBytes(StandardCharsets.US_ASCII);
    assertThat(HtmlCharset.declared(bytes)).isEqualTo(Charset.forName("GB18030"));
  }
}
