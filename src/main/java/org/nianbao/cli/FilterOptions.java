package org.nianbao.cli;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;
import picocli.CommandLine.Option;

/** The facet filters that {@code search} and {@code stats} share (a picocli mixin). */
final class FilterOptions {

  @Option(names = "--province", description = "按省份筛选（可重复；选中省份即包含其下所有城市和区县）")
  List<String> provinces = new ArrayList<>();

  @Option(names = "--city", description = "按地市筛选（可重复）")
  List<String> cities = new ArrayList<>();

  @Option(names = "--county", description = "按区县筛选（可重复，多个值为“或”）")
  List<String> counties = new ArrayList<>();

  @Option(names = "--agency", description = "按发布机关筛选（可重复）")
  List<String> agencies = new ArrayList<>();

  @Option(
      names = "--year",
      converter = YearConverter.class,
      description = "按年度筛选（可重复；“未识别”表示年度未识别的报告）")
  List<Integer> years = new ArrayList<>();

  @Option(names = "--topic", description = "按章节主题筛选（可重复：总体情况、主动公开、依申请公开、复议诉讼、问题改进、其他事项、收费减免、概述）")
  List<String> topics = new ArrayList<>();

  @Option(names = "--section", description = "按章节号筛选（可重复，例如 3 表示“三、”）")
  List<Integer> sections = new ArrayList<>();

  /** A request for {@code query} with these filters, {@code sort} and the page. */
  SearchRequest request(String query, SortOrder sort, int page, int size) {
    return new SearchRequest(query, counties, agencies, years, sections, sort, page, size)
        .withPlaces(provinces, cities)
        .withTopics(topics);
  }
}
