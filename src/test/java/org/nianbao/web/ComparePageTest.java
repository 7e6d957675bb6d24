package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nianbao.web.WebTesting.enc;

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

/** {@code /compare?a=…&b=…}: two years of one agency side by side. */
class ComparePageTest {
  static Report report(int year, String prose, String requests) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(0, null, "", "", List.of()));
    sections.add(new Section(1, null, "总体情况", prose, List.of()));
    sections.add(new Section(3, null, "收到和处理政府信息公开申请情况", requests, List.of()));
    return new Report(
        "t.txt",
        year + "-测试局",
        "测试局" + year + "年政府信息公开工作年度报告",
        "测试局",
        null,
        year,
        sections,
        List.of());
  }

  static final Report Y2021 = report(2021, "本年度工作稳步推进。加强组织领导。", StatTablePageTest.REQUESTS);
  static final Report Y2022 =
      report(
          2022,
          "本年度工作稳步推进。新增网站栏目。",
          StatTablePageTest.REQUESTS
              .replace("本年度共收到政府信息公开申请6件。", "本年度共收到政府信息公开申请8件。")
              .replace("一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6", "一、本年新收政府信息公开申请数量 7 1 0 0 0 0 8")
              .replace("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0", "二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2"));

  static final class Two implements SearchService {
    @Override
    public SearchResults search(SearchRequest request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<MarkedReport> report(String id, String query) {
      return Optional.ofNullable(Map.of(Y2021.id(), Y2021, Y2022.id(), Y2022).get(id))
          .map(r -> new MarkedReport(r, Map.of()));
    }

    @Override
    public IndexStats stats() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {}
  }

  @Test
  void two_years_side_by_side_with_checks_and_carried_over_sentences() {
    JavalinTest.test(
        WebApp.create(new Two(), new WebConfig("127.0.0.1", 0, false)),
        (server, client) -> {
          WebTesting.quickStop(server);
          // the later year given first: the page still reads earlier → later
          var res = client.get("/compare?a=" + enc(Y2022.id()) + "&b=" + enc(Y2021.id()));
          assertThat(res.code()).isEqualTo(200);
          String body = res.body().string();
          assertThat(body)
              .contains(
                  "<thead><tr><th scope=\"col\">统计项</th><th scope=\"col\">2021年</th><th scope=\"col\">2022年</th><th scope=\"col\">变化</th></tr></thead>")
              .contains(
                  "<tr><th scope=\"row\">本年新收</th><td class=\"num\">6</td><td class=\"num\">8</td><td class=\"num\">+2（+33.3%）</td></tr>")
              .contains(
                  "<tr><th scope=\"row\">上年结转</th><td class=\"num\">0</td><td class=\"num\">2</td><td class=\"num\">+2</td></tr>")
              .contains("<li>「自然人」列：上一年度结转下年度为0，但本年度上年结转为2</li>")
              .contains("<li>「总计」列：上一年度结转下年度为0，但本年度上年结转为2</li>")
              .contains("<h3>一、总体情况：1 / 2 句沿用（50%）</h3>")
              .contains("<p><mark class=\"unchanged\">本年度工作稳步推进。</mark>新增网站栏目。</p>");
          var missing = client.get("/compare?a=" + enc(Y2021.id()));
          assertThat(missing.code()).isEqualTo(400);
          assertThat(missing.body().string()).contains("缺少参数 b（报告 ID）");
          assertThat(client.get("/compare?a=" + enc(Y2021.id()) + "&b=" + enc("2020-没有")).code())
              .isEqualTo(404);
        });
  }
}
