package org.nianbao.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nianbao.geo.Place;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.IndexStats;
import org.nianbao.search.Mark;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SearchService;
import org.nianbao.search.SectionHit;
import org.nianbao.search.Snippet;
import org.nianbao.search.query.ParsedQuery;
import org.nianbao.search.query.QueryNode;

/**
 * A stand-in for the search core: records what the web layer asks and answers with canned data full
 * of hostile strings.
 */
final class FakeSearchService implements SearchService {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String SVG = "\"><svg onload=alert(1)>";
  static final String ID = "2021-金乡县投资促进服务中心";
  static final String HOSTILE_ID = "2020-<i>高青县 \"投资\"&促进?#";

  /** Query text that makes {@link #search} throw a {@link QueryException}. */
  static final String BAD_QUERY = "((坏查询";

  /** Query text that makes {@link #search} throw an unexpected exception. */
  static final String BOOM = "boom";

  static final String SECTION1_TEXT =
      "（一）主动公开情况\n"
          + "通过微信公众号主动公开信息共 80条。"
          + SCRIPT
          + "\n"
          + "\n"
          + "信息内容 本年制发件数 本年废止件数 现行有效件数\n"
          + "规章 0 0 0\n"
          + "行政规范性文件 0 0 0\n"
          + "（二）依申请公开情况\n"
          + "2021年未涉及依申请公开。"
          + SVG;

  final List<SearchRequest> requests = new ArrayList<>();
  final List<String> reportQueries = new ArrayList<>();
  SearchResults results = results(1, 10, List.of());

  @Override
  public SearchResults search(SearchRequest request) throws QueryException {
    requests.add(request);
    ParsedQuery parsed = parse(request.query());
    if (request.query().equals(BOOM)) {
      throw new IllegalStateException("index is on fire");
    }
    SearchResults r = results;
    return new SearchResults(
        r.query(),
        r.total(),
        r.totalSections(),
        r.page(),
        r.size(),
        r.tookMs(),
        r.results(),
        r.facets(),
        r.notices(),
        r.partial(),
        request.sort().forQuery(parsed),
        parsed.rankable());
  }

  /**
   * A crude stand-in for the query parser: words separated by spaces, a leading {@code -} negates;
   * {@link #BAD_QUERY} is an error.
   */
  @Override
  public ParsedQuery parse(String query) throws QueryException {
    if (query.equals(BAD_QUERY)) {
      throw new QueryException("查询语法有误：括号不配对");
    }
    List<QueryNode> parts = new ArrayList<>();
    for (String word : query.replace("\"", " ").strip().split("\\s+")) {
      String text = word.replaceFirst("^-+", "");
      if (!text.isEmpty()) {
        QueryNode phrase = new QueryNode.Phrase(text);
        parts.add(word.startsWith("-") ? QueryNode.not(phrase) : phrase);
      }
    }
    return new ParsedQuery(parts.isEmpty() ? null : QueryNode.and(parts), List.of());
  }

  @Override
  public Optional<MarkedReport> report(String id, String query) {
    reportQueries.add(query);
    if (id.equals(ID)) {
      return Optional.of(markedReport(query));
    }
    if (id.equals(HOSTILE_ID)) {
      Report r =
          new Report(
              "x.txt",
              HOSTILE_ID,
              SCRIPT,
              SVG,
              Place.ofCounty(SVG),
              2020,
              List.of(new Section(1, null, SCRIPT, SVG, List.of())),
              List.of());
      return Optional.of(new MarkedReport(r, Map.of()));
    }
    return Optional.empty();
  }

  @Override
  public IndexStats stats() {
    return new IndexStats(5, 37, 3, 5, List.of(2020, 2021, 2022, 2024));
  }

  @Override
  public void close() {}

  static MarkedReport markedReport(String query) {
    List<Section> sections =
        List.of(
            new Section(0, "概述", "", "本报告由金乡县投资促进服务中心编制。", List.of()),
            new Section(
                1,
                "总体情况",
                "总体情况",
                SECTION1_TEXT,
                List.of(
                    new Subsection("（一）", "主动公开情况", 0),
                    new Subsection("（二）", "依申请公开情况", SECTION1_TEXT.indexOf("（二）")))),
            new Section(2, "主动公开", "主动公开政府信息情况", "无。", List.of()));
    Report report =
        new Report(
            "/home/someone/corpus/000_bf1f93b444d87913.txt",
            ID,
            "金乡县投资促进服务中心2021年政府信息公开工作年度报告",
            "金乡县投资促进服务中心",
            Place.ofCounty("金乡县"),
            2021,
            sections,
            List.of());
    Map<Integer, List<Mark>> marks = new LinkedHashMap<>();
    if (query != null && query.equals("微信公众号")) {
      int at = SECTION1_TEXT.indexOf("微信公众号");
      marks.put(1, List.of(new Mark(at, at + 5)));
    }
    return new MarkedReport(report, marks);
  }

  static SearchResults results(int page, int size, List<String> notices) {
    ReportHit hit1 =
        new ReportHit(
            ID,
            "金乡县投资促进服务中心2021年政府信息公开工作年度报告",
            "金乡县投资促进服务中心",
            "金乡县",
            2021,
            "corpus/000.txt",
            List.of(
                new SectionHit(
                    1,
                    "总体情况",
                    List.of(
                        snippet(
                            "通过<mark>微信公众号</mark>主动公开信息共 80条。&lt;script&gt;alert(1)&lt;/script&gt;"))),
                new SectionHit(3, "", List.of(snippet("…<mark>微信公众号</mark>…")))));
    ReportHit hostile =
        new ReportHit(
            HOSTILE_ID,
            SCRIPT,
            SVG,
            SVG,
            2020,
            "x",
            List.of(new SectionHit(0, "", List.of(snippet("前言<mark>微信公众号</mark>")))));
    Map<Facet, List<FacetValue>> facets = new LinkedHashMap<>();
    facets.put(
        Facet.COUNTY,
        List.of(
            new FacetValue("金乡县", 3, true),
            new FacetValue("高青县", 1, false),
            new FacetValue(SVG, 1, false)));
    facets.put(Facet.AGENCY, List.of(new FacetValue("金乡县投资促进服务中心", 1, false)));
    facets.put(
        Facet.YEAR,
        List.of(
            new FacetValue("2021", 2, false),
            new FacetValue("2024", 1, false),
            new FacetValue("2020", 1, false)));
    facets.put(
        Facet.SECTION,
        List.of(
            new FacetValue("3", 2, false),
            new FacetValue("1", 5, false),
            new FacetValue("0", 1, false)));
    facets.put(
        Facet.TOPIC,
        List.of(
            new FacetValue("概述", 1, false),
            new FacetValue("总体情况", 5, false),
            new FacetValue("依申请公开", 2, false),
            new FacetValue(FacetValue.UNKNOWN, 1, false)));
    return new SearchResults(
        "微信公众号", 25, 40, page, size, 7, List.of(hit1, hostile), facets, notices);
  }

  /**
   * A snippet written as the HTML the web layer makes of it: {@code <mark>} around matches, {@code
   * &lt;} etc. for text.
   */
  static Snippet snippet(String html) {
    StringBuilder text = new StringBuilder();
    List<Mark> marks = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < html.length(); ) {
      if (html.startsWith("<mark>", i)) {
        start = text.length();
        i += 6;
      } else if (html.startsWith("</mark>", i)) {
        marks.add(new Mark(start, text.length()));
        i += 7;
      } else if (html.charAt(i) == '&') {
        int semi = html.indexOf(';', i);
        text.append(
            switch (html.substring(i, semi + 1)) {
              case "&lt;" -> '<';
              case "&gt;" -> '>';
              case "&quot;" -> '"';
              case "&#39;" -> '\'';
              case "&amp;" -> '&';
              default -> throw new IllegalArgumentException(html);
            });
        i = semi + 1;
      } else {
        text.append(html.charAt(i++));
      }
    }
    return new Snippet(text.toString(), marks);
  }
}
