package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.index.Json;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.FacetValue;
import org.nianbao.search.IndexMissingException;
import org.nianbao.search.Mark;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;
import org.nianbao.search.SectionHit;
import org.nianbao.search.Snippet;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.web.ApiResults;
import org.nianbao.web.CsvExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao search …}: searches the index from the command line, readable or JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "检索索引。连续的文字是精确短语，空格表示同时包含，OR 或 | 表示任一，-词 表示排除。")
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--index", defaultValue = "index", description = "索引目录（默认：${DEFAULT-VALUE}）")
  Path indexDir;

  @Mixin FilterOptions filters;

  @Option(
      names = "--sort",
      defaultValue = "relevance",
      converter = OptionTypes.Sort.class,
      description = "relevance|newest|oldest|measure（默认：${DEFAULT-VALUE}；measure 按 --measure 排序）")
  SortOrder sort;

  @Option(
      names = "--measure",
      paramLabel = "KEY",
      description = "按统计项筛选（--min/--max）或排序（--sort measure），如 new_requests、review_total")
  String measure;

  @Option(names = "--min", description = "统计项的最小值（含）；无法读取表格的报告不在结果中")
  Integer min;

  @Option(names = "--max", description = "统计项的最大值（含）")
  Integer max;

  @Option(
      names = "--order",
      converter = OptionTypes.Direction.class,
      description = "按统计项排序的方向：desc（从多到少，默认）或 asc；给出即按统计项排序")
  String direction;

  @Option(
      names = "--page",
      defaultValue = "1",
      converter = OptionTypes.Positive.class,
      description = "页码，从 1 开始")
  int page;

  @Option(
      names = "--size",
      defaultValue = "10",
      converter = OptionTypes.Positive.class,
      description = "每页报告数（最多 " + SearchRequest.MAX_SIZE + "）")
  int size;

  @Option(
      names = "--facet-limit",
      defaultValue = "100",
      converter = OptionTypes.NonNegative.class,
      description = "每个筛选项最多列出的取值数，0 表示全部（默认：${DEFAULT-VALUE}）")
  int facetLimit;

  @Option(names = "--csv", description = "输出全部匹配报告的 CSV（UTF-8 带 BOM，每份报告一行，忽略 --page/--size）")
  boolean csv;

  @Option(names = "--json", description = "输出 JSON（每个查询一行）")
  boolean json;

  @Option(names = "--batch", paramLabel = "FILE", description = "从文件读取查询，每行一个")
  Path batch;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "查询（省略时浏览筛选后的报告）")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SortOrder order = direction != null ? SortOrder.MEASURE : sort;
    MeasureFilter byMeasure = measureFilter(order);
    List<String> queries;
    try {
      queries = batch == null ? List.of(String.join(" ", words)) : readBatch(batch);
    } catch (IOException e) {
      err.println("错误：无法读取查询文件 " + batch + "：" + e.getMessage());
      return 1;
    }
    FacetOptions facets = new FacetOptions(facetLimit, false, Map.of(), List.of());
    try (SearchService service = LuceneSearchService.open(indexDir)) {
      int failed = 0;
      for (String q : queries) {
        SearchRequest request = filters.request(q, order, page, size).withMeasure(byMeasure);
        try {
          if (csv) {
            service.parse(q); // a bad query is reported before the CSV header
            CsvExport.write(service, request, "", out);
          } else {
            print(
                out,
                service.search(request),
                facets,
                request.measure() == null ? null : request.measure().measure());
          }
        } catch (IOException e) {
          err.println("错误：无法写出 CSV：" + e.getMessage());
          return 1;
        } catch (QueryException e) {
          failed++;
          if (json) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("query", q);
            error.put("error", e.getMessage());
            out.println(Json.line(error));
          } else {
            err.println("查询“" + q + "”有误：" + e.getMessage());
          }
        }
        out.flush();
      }
      return failed == 0 ? 0 : 1;
    } catch (IndexMissingException e) {
      err.println("错误：" + e.getMessage());
      return 1;
    }
  }

  /** The measure filter/sort of the options, or {@code null}; a bad one is a usage error. */
  private MeasureFilter measureFilter(SortOrder order) {
    boolean used = min != null || max != null || order == SortOrder.MEASURE;
    if (measure == null) {
      if (used) {
        throw new ParameterException(
            spec.commandLine(), "--min、--max 和按统计项排序需要 --measure（如 new_requests）");
      }
      return null;
    }
    try {
      return new MeasureFilter(measure, min, max, "asc".equals(direction)).checked();
    } catch (QueryException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private void print(
      PrintWriter out, SearchResults r, FacetOptions facets, org.nianbao.stats.Measure m) {
    if (json) {
      out.println(Json.line(ApiResults.of(r, facets, m == null ? null : m.key())));
    } else {
      printReadable(out, r, facets, m == null ? null : m.label());
    }
  }

  private static List<String> readBatch(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String q = line.replace("\uFEFF", "").strip();
      if (!q.isEmpty()) {
        out.add(q);
      }
    }
    return out;
  }

  private static void printReadable(
      PrintWriter out, SearchResults r, FacetOptions facets, String measureLabel) {
    out.printf(
        "查询“%s”：找到 %d 份报告（%d 个章节），第 %d 页，用时 %d 毫秒%n",
        r.query(), r.total(), r.totalSections(), r.page(), r.tookMs());
    r.notices().forEach(n -> out.println("提示：" + n));
    int rank = (r.page() - 1) * r.size();
    for (ReportHit h : r.results()) {
      out.printf("%n%d. %s%n", ++rank, h.title());
      out.printf(
          "   %s · %s · %s    %s%n",
          nz(h.agency()),
          nz(h.county()),
          h.year() == null ? "—" : h.year(),
          ApiResults.reportUrl(h.id()));
      if (measureLabel != null) {
        out.printf("   %s：%s%n", measureLabel, h.measureValue() == null ? "无数据" : h.measureValue());
      }
      for (SectionHit s : h.sections()) {
        out.printf(
            "   [%d] %s    %s%n",
            s.number(),
            s.title().isEmpty() ? "前言" : s.title(),
            ApiResults.reportUrl(h.id()) + "#s" + s.number());
        for (Snippet snippet : s.snippets()) {
          out.println("       " + plain(snippet));
        }
      }
    }
    out.println();
    facets
        .listed(r.facets())
        .forEach(
            (name, values) -> {
              StringBuilder line = new StringBuilder("  ").append(name.key()).append("：");
              for (FacetValue v : values) {
                line.append(v.selected() ? "[" : "")
                    .append(v.value())
                    .append(" (")
                    .append(v.count())
                    .append(")")
                    .append(v.selected() ? "]" : "")
                    .append("  ");
              }
              out.println(line.toString().stripTrailing());
            });
  }

  private static String nz(String s) {
    return s == null ? "—" : s;
  }

  /** A snippet as terminal text: its match ranges in 【】. */
  static String plain(Snippet snippet) {
    StringBuilder sb = new StringBuilder(snippet.text());
    for (Mark m : snippet.marks().reversed()) {
      sb.insert(m.end(), '】').insert(m.start(), '【');
    }
    return sb.toString();
  }
}
