package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.IndexStats;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;

/** The report page renders tables 二/三/四 from the extracted numbers, with failed checks marked. */
class StatTablePageTest {
  static final String ID = "2021-测试局";

  static final String REQUESTS =
      String.join(
          "\n",
          "本年度共收到政府信息公开申请6件。",
          "申请人情况",
          "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计",
          "一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6",
          "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
          "（一）予以公开 4 1 0 0 0 0 5",
          "（二）部分公开 0 0 0 0 0 0 0",
          "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0",
          "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0",
          "3.危及“三安全一稳定” 0 0 0 0 0 0 0",
          "4.保护第三方合法权益 0 0 0 0 0 0 0",
          "5.属于三类内部事务信息 0 0 0 0 0 0 0",
          "6.属于四类过程性信息 0 0 0 0 0 0 0",
          "7.属于行政执法案卷 0 0 0 0 0 0 0",
          "8.属于行政查询事项 0 0 0 0 0 0 0",
          "（四）无法提供 1.本机关不掌握相关政府信息 1 0 0 0 0 0 1",
          "2.没有现成信息需要另行制作 0 0 0 0 0 0 0",
          "3.补正后申请内容仍不明确 0 0 0 0 0 0 0",
          "（五）不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0",
          "2.重复申请 0 0 0 0 0 0 0",
          "3.要求提供公开出版物 0 0 0 0 0 0 0",
          "4.无正当理由大量反复申请 0 0 0 0 0 0 0",
          "5.要求行政机关确认或重新出具已获取信息 0 0 0 0 0 0 0",
          "（六）其他处理 0 0 0 0 0 0 0",
          "（七）总计 4 1 0 0 0 0 5",
          "四、结转下年度继续办理 0 0 0 0 0 0 0",
          "以上申请均已按期答复。");

  static Report report() {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(0, null, "", "", List.of()));
    sections.add(new Section(1, null, "总体情况", "本年度工作稳步推进。", List.of()));
    sections.add(new Section(3, null, "收到和处理政府信息公开申请情况", REQUESTS, List.of()));
    sections.add(new Section(5, null, "存在的主要问题及改进情况", "无。", List.of()));
    return new Report("t.txt", ID, "测试局2021年政府信息公开工作年度报告", "测试局", null, 2021, sections, List.of());
  }

  static final class OneReport implements SearchService {
    @Override
    public SearchResults search(SearchRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<MarkedReport> report(String id, String query) {
      return id.equals(ID)
          ? Optional.of(new MarkedReport(StatTablePageTest.report(), Map.of()))
          : Optional.empty();
    }

    @Override
    public IndexStats stats() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }

  @Test
  void table_three_is_a_labelled_table_with_failed_checks_marked() {
    JavalinTest.test(
        WebApp.create(new OneReport(), new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          String body = client.get(Links.reportPath(ID)).body().string();
          String failed = "<span class=\"visually-hidden\">（未通过核对）</span>";
          assertThat(body)
              .containsSubsequence(
                  "<p>本年度共收到政府信息公开申请6件。</p>",
                  "<div class=\"table-wrap stat-table\" id=\"stat-requests\"",
                  "<p>以上申请均已按期答复。</p>")
              .contains("<caption id=\"stat-requests-c\">表三 收到和处理政府信息公开申请情况</caption>")
              .contains(
                  "<tr><th scope=\"col\">项目</th><th scope=\"col\">自然人</th><th scope=\"col\">商业企业</th>"
                      + "<th scope=\"col\">科研机构</th><th scope=\"col\">社会公益组织</th><th scope=\"col\">法律服务机构</th>"
                      + "<th scope=\"col\">其他</th><th scope=\"col\">总计</th></tr>")
              .contains(
                  "<tr><th scope=\"row\">（一）予以公开</th><td class=\"num\">4</td><td class=\"num\">1</td>"
                      + "<td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                      + "<td class=\"num\">5</td></tr>")
              .contains(
                  "<tr><th scope=\"row\">（七）总计</th><td class=\"num check-failed\">4"
                      + failed
                      + "</td>"
                      + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                      + "<td class=\"num\">0</td><td class=\"num check-failed\">5"
                      + failed
                      + "</td></tr>")
              .contains("<li>表三「自然人」列：本年度办理结果各项之和为5，但（七）总计为4</li>")
              .contains("<li>表三「总计」列：本年新收加上年结转为6，但办理结果总计加结转下年度为5</li>")
              .contains("<p>以上申请均已按期答复。</p>")
              // the raw table lines are gone
              .doesNotContain("<p>申请人情况</p>")
              .doesNotContain("<td>（七）总计</td>");
          assertThat(body.split("check-failed", -1)).hasSize(9); // 8 cells
          assertThat(body.split("<tr><th scope=\"row\">", -1)).hasSize(24); // 23 rows
        });
  }
}
