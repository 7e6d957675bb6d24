package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.geo.Place;
import org.nianbao.index.Json;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportIds;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.TimedParser;
import org.nianbao.stats.ConsistencyChecks;
import org.nianbao.stats.Statistics;
import org.nianbao.stats.StatisticsExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code parse [--json] FILE...}: parses report files and prints a readable summary per file, or
 * JSON Lines with {@code --json}. Exit code 0 when every file parsed, 1 otherwise (2: usage).
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "解析年度报告文件（文本、PDF、Word、网页），输出元数据与章节结构",
    exitCodeListHeading = "%n退出码:%n",
    exitCodeList = {"0:全部文件解析成功", "1:有文件无法解析", "2:用法错误"})
public final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "以 JSON Lines 输出，每个文件一行")
  boolean json;

  @Option(
      names = "--file-timeout",
      defaultValue = "60",
      paramLabel = "SECONDS",
      converter = OptionTypes.Seconds.class,
      description = "每个文件的解析时限（秒，默认：${DEFAULT-VALUE}）；超时的文件报错并继续")
  java.time.Duration fileTimeout;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "报告文件：文本、PDF、DOCX、DOC/WPS 或保存的网页（按内容识别格式）")
  List<String> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TimedParser parser = new TimedParser(fileTimeout);
    Map<Integer, Object> results = new LinkedHashMap<>();
    List<Report> parsed = new ArrayList<>();
    Map<org.nianbao.ingest.read.Format, Integer> formats =
        new java.util.EnumMap<>(org.nianbao.ingest.read.Format.class);
    for (int i = 0; i < files.size(); i++) {
      String source = files.get(i);
      try {
        ReportParser.Parsed p = parser.parseFile(Path.of(source));
        Report report = p.report();
        formats.merge(p.format(), 1, Integer::sum);
        parsed.add(report);
        results.put(i, report);
      } catch (ReportFileException e) {
        results.put(i, e);
      } catch (InvalidPathException e) {
        results.put(i, new ReportFileException(source, "无效的文件路径"));
      }
    }
    Map<String, Report> withIds = new LinkedHashMap<>();
    for (Report r : ReportIds.resolve(parsed)) {
      withIds.putIfAbsent(r.source(), r);
    }
    boolean failed = false;
    for (Object result : results.values()) {
      if (result instanceof ReportFileException e) {
        failed = true;
        if (json) {
          Map<String, String> error = new LinkedHashMap<>();
          error.put("source", e.source());
          error.put("error", e.reason());
          out.println(Json.line(error));
        } else {
          err.println("错误 " + Display.oneLine(e.getMessage()));
        }
      } else {
        Report report = withIds.get(((Report) result).source());
        out.println(json ? jsonLine(report) : summary(report));
      }
    }
    if (!json && !formats.isEmpty()) {
      StringBuilder counts = new StringBuilder();
      formats.forEach(
          (f, n) ->
              counts.append(counts.isEmpty() ? "" : "，").append(f.label()).append(' ').append(n));
      out.println("格式：" + counts);
    }
    out.flush();
    err.flush();
    return failed ? 1 : 0;
  }

  /** The report's JSON plus {@code "statistics"} and {@code "checks"} (see README, parse). */
  static String jsonLine(Report report) {
    Statistics stats = StatisticsExtractor.extract(report);
    Map<String, Object> json = jsonView(report);
    json.put("statistics", stats.toJson());
    json.put("checks", ConsistencyChecks.check(report, stats));
    return Json.line(json);
  }

  /**
   * The JSON object of a parsed report: the {@link Report} fields with its place flattened
   * (province, provinceCode, city, cityCode, county, countyCode; null when unknown).
   */
  static Map<String, Object> jsonView(Report r) {
    Place p = r.place() == null ? Place.NONE : r.place();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", r.source());
    m.put("id", r.id());
    m.put("title", r.title());
    m.put("agency", r.agency());
    m.put("province", p.province());
    m.put("provinceCode", p.provinceCode());
    m.put("city", p.city());
    m.put("cityCode", p.cityCode());
    m.put("county", p.county());
    m.put("countyCode", p.countyCode());
    m.put("year", r.year());
    m.put("sections", r.sections());
    m.put("warnings", r.warnings());
    m.put("sourceUrl", r.sourceUrl());
    m.put("contentHash", r.contentHash());
    return m;
  }

  static String summary(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.id()).append("  (").append(r.source()).append(")\n");
    sb.append("  标题: ").append(r.title()).append('\n');
    sb.append("  机关: ").append(orDash(r.agency()));
    sb.append("  县区: ").append(orDash(r.county()));
    sb.append("  年份: ").append(r.year() == null ? "-" : r.year()).append('\n');
    Place p = r.place() == null ? Place.NONE : r.place();
    List<String> names = new ArrayList<>();
    for (String n : new String[] {p.province(), p.city(), p.county()}) {
      if (n != null) {
        names.add(n);
      }
    }
    String code =
        p.countyCode() != null
            ? p.countyCode()
            : p.cityCode() != null ? p.cityCode() : p.provinceCode();
    sb.append("  地区: ").append(names.isEmpty() ? "-" : String.join(" › ", names));
    sb.append(code == null ? "" : "（" + code + "）").append('\n');
    sb.append("  章节:\n");
    for (Section s : r.sections()) {
      sb.append("    ")
          .append(s.number())
          .append(' ')
          .append(s.number() == 0 ? "（前言）" : s.title())
          .append("  [")
          .append(s.text().length())
          .append(" 字");
      if (!s.subsections().isEmpty()) {
        sb.append(", ").append(s.subsections().size()).append(" 小节");
      }
      sb.append("]\n");
    }
    for (String w : r.warnings()) {
      sb.append("  警告: ").append(w).append('\n');
    }
    return sb.toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
