package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.index.Json;
import org.nianbao.search.IndexMissingException;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportNumbers;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchService;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.web.StatsCsv;
import org.nianbao.web.StatsJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao stats …}: the statistics of the matching reports, like the 数据 page. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "统计匹配报告的数字（同网站“数据”页）：按年度、区县、发布机关汇总，或 --csv 输出每份报告的数字。")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", defaultValue = "index", description = "索引目录（默认：${DEFAULT-VALUE}）")
  Path indexDir;

  @Mixin FilterOptions filters;

  @Option(names = "--min", description = "只统计 --measure 不小于此值的报告（无法读取表格的报告不计）")
  Integer min;

  @Option(names = "--max", description = "只统计 --measure 不大于此值的报告")
  Integer max;

  @Option(
      names = "--measure",
      defaultValue = "new_requests",
      converter = OptionTypes.Measure.class,
      description = "统计项（默认：${DEFAULT-VALUE}），见 README")
  String measure;

  @Option(names = "--csv", description = "输出 CSV：每份匹配报告一行（UTF-8，带 BOM）")
  boolean csv;

  @Option(names = "--json", description = "输出 JSON（同 /api/stats）")
  boolean json;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "查询（省略时统计筛选后的全部报告）")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchRequest request =
        filters
            .request(String.join(" ", words), SortOrder.RELEVANCE, 1, SearchRequest.DEFAULT_SIZE)
            .withMeasure(
                min == null && max == null ? null : new MeasureFilter(measure, min, max, false));
    try (SearchService service = LuceneSearchService.open(indexDir)) {
      List<ReportNumbers> numbers = service.numbers(request);
      if (csv) {
        StatsCsv.write(numbers, out);
        out.flush();
        return 0;
      }
      Map<String, Object> stats = StatsJson.of(request, measure, numbers);
      if (json) {
        out.println(Json.line(stats));
      } else {
        print(out, stats);
      }
      out.flush();
      return 0;
    } catch (QueryException e) {
      err.println("查询有误：" + e.getMessage());
      return 1;
    } catch (IndexMissingException e) {
      err.println("错误：" + e.getMessage());
      return 1;
    }
  }

  @SuppressWarnings("unchecked")
  private static void print(PrintWriter out, Map<String, Object> s) {
    Map<String, Object> m = (Map<String, Object>) s.get("measure");
    out.printf(
        "%s：匹配 %s 份报告，%s 份有数据，合计 %s；%s 份报告的统计表格无法完整读取%n",
        m.get("label"), s.get("reports"), s.get("with_value"), s.get("total"), s.get("unreadable"));
    for (String[] g :
        new String[][] {
          {"by_year", "按年度"},
          {"by_province", "按省份"},
          {"by_city", "按地市"},
          {"by_county", "按区县"},
          {"by_agency", "按发布机关"}
        }) {
      StringBuilder line = new StringBuilder(g[1]).append("：");
      for (var row : (List<org.nianbao.web.StatsPage.GroupRow>) s.get(g[0])) {
        line.append(row.label())
            .append(' ')
            .append(row.value())
            .append("（")
            .append(row.reports())
            .append(" 份）  ");
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
