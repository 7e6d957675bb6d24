package org.nianbao.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/**
 * A benchmark mix without repetition: {@code n} distinct, seeded requests shaped like the fixed mix
 * (one phrase, two phrases, OR, exclusion, browsing; about a third with county, year or section
 * selections; some sorted by year; some second pages), drawn from terms users of these reports
 * search for and from facet values of the index itself. Caches cannot answer them from an earlier
 * identical request.
 */
final class DistinctMix {
  static final List<String> TERMS =
      List.of(
          "微信公众号", "政府网站", "依申请公开", "行政复议", "行政诉讼", "政务新媒体", "抖音", "微博", "公开指南", "主动公开", "规范性文件",
          "行政许可", "行政处罚", "政策解读", "公开目录", "保密审查", "业务培训", "考核", "年度报告", "政务公开", "区块链", "乡村振兴",
          "疫情防控", "营商环境", "信息公开", "公开", "申请", "答复", "不予公开", "补正", "收费", "咨询", "热线", "便民服务", "财政预算",
          "决算", "人事任免", "重大决策", "公众参与", "新闻发布会", "建议提案", "人大代表", "政协委员", "统计数据", "应急管理", "安全生产",
          "环境保护", "教育", "医疗", "社会保障", "就业", "扶贫", "农业", "交通", "住房", "市场监管", "税务", "公安", "民政",
          "自然资源", "文化旅游", "档案", "网站", "平台", "留言", "回复", "问题", "改进", "整改");

  private DistinctMix() {}

  static List<SearchRequest> generate(int n, long seed, Map<Facet, List<FacetValue>> facets) {
    Random rnd = new Random(seed);
    List<String> counties = values(facets.get(Facet.COUNTY));
    List<String> agencies = values(facets.get(Facet.AGENCY));
    List<Integer> years = values(facets.get(Facet.YEAR)).stream().map(Integer::valueOf).toList();
    List<Integer> sections =
        values(facets.get(Facet.SECTION)).stream().map(Integer::valueOf).toList();
    Set<SearchRequest> out = new LinkedHashSet<>();
    int attempts = 0;
    while (out.size() < n && attempts++ < n * 50) {
      String q =
          switch (rnd.nextInt(10)) {
            case 0, 1, 2, 3 -> term(rnd);
            case 4, 5 -> term(rnd) + " " + term(rnd);
            case 6 -> term(rnd) + " OR " + term(rnd);
            case 7 -> term(rnd) + " -" + term(rnd);
            case 8 -> rnd.nextBoolean() ? term(rnd) : "";
            default -> term(rnd) + " " + term(rnd) + " " + term(rnd);
          };
      List<String> county = rnd.nextInt(4) == 0 || q.isEmpty() ? one(rnd, counties) : List.of();
      List<String> agency = rnd.nextInt(20) == 0 ? one(rnd, agencies) : List.of();
      List<Integer> year = rnd.nextInt(5) == 0 ? one(rnd, years) : List.of();
      List<Integer> section = rnd.nextInt(8) == 0 ? one(rnd, sections) : List.of();
      SortOrder sort = rnd.nextInt(5) == 0 || q.isEmpty() ? SortOrder.NEWEST : SortOrder.RELEVANCE;
      int page = rnd.nextInt(6) == 0 ? 2 : 1;
      out.add(new SearchRequest(q, county, agency, year, section, sort, page, 10));
    }
    return new ArrayList<>(out);
  }

  /** The request as a path and query string of {@code /api/search}. */
  static String url(SearchRequest r) {
    StringBuilder b = new StringBuilder("/api/search?q=").append(enc(r.query()));
    r.counties().forEach(v -> b.append("&county=").append(enc(v)));
    r.agencies().forEach(v -> b.append("&agency=").append(enc(v)));
    r.years().forEach(v -> b.append("&year=").append(v));
    r.sections().forEach(v -> b.append("&section=").append(v));
    b.append("&sort=").append(r.sort().key()).append("&page=").append(r.page());
    return b.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String term(Random rnd) {
    return TERMS.get(rnd.nextInt(TERMS.size()));
  }

  private static <T> List<T> one(Random rnd, List<T> values) {
    return values.isEmpty() ? List.of() : List.of(values.get(rnd.nextInt(values.size())));
  }

  private static List<String> values(List<FacetValue> list) {
    return list == null ? List.of() : list.stream().map(FacetValue::value).toList();
  }
}
