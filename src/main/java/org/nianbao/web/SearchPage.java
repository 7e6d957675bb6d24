package org.nianbao.web;

import java.util.List;

/**
 * Everything {@code search.jte} shows: results grouped by report, the facet sidebar, chips, sort
 * links, pagination, or the message of a failed search. All URLs are ready to print.
 */
public record SearchPage(
    String query,
    String error,
    long total,
    long totalSections,
    long tookMs,
    List<Hit> hits,
    List<FacetGroup> facets,
    List<Chip> chips,
    String clearFiltersUrl,
    List<SortLink> sorts,
    List<SortLink> sizes,
    Pagination pagination,
    List<String> notices,
    List<Field> keepOnSearch,
    List<Field> keepOnFilter,
    List<Example> examples,
    String state,
    DataForm data) {

  /**
   * {@code path} with the current search's parameters ({@code state} is the query string, without
   * the page).
   */
  private String at(String path) {
    return state == null || state.isEmpty() ? path : path + "?" + state;
  }

  /** The current search and filters as CSV (every match). */
  public String csvUrl() {
    return at("/search.csv");
  }

  /** The current search and filters as an XLSX workbook (every match). */
  public String xlsxUrl() {
    return at("/search.xlsx");
  }

  /** The current search page as JSON. */
  public String jsonUrl() {
    return at("/api/search");
  }

  /** The browser tab title. */
  public String title() {
    return query.isBlank() ? "浏览报告" : query + " - 搜索";
  }

  public boolean failed() {
    return error != null;
  }

  public boolean empty() {
    return error == null && hits.isEmpty();
  }

  /** True when the current page is past the last one (results exist, but not here). */
  public boolean pastLastPage() {
    return empty() && total > 0;
  }

  public boolean filtered() {
    return !chips.isEmpty();
  }

  /**
   * One report in the results; {@code measure}: the filtered or sorted-by measure's value ({@code
   * 本年新收：12}), or {@code null}.
   */
  public record Hit(
      String title, String url, String meta, List<SectionView> sections, String measure) {}

  /**
   * The 按数据筛选 form: the other state as hidden fields, the measures to choose from, the range and
   * the order ({@code ""}: not sorted by the measure, {@code desc}, {@code asc}); {@code active}: a
   * measure filter or sort is applied (the form opens).
   */
  public record DataForm(
      List<Field> hidden,
      List<MeasureOption> measures,
      String min,
      String max,
      String order,
      boolean active) {}

  /** A measure in the 按数据筛选 form's selector. */
  public record MeasureOption(String key, String label, boolean selected) {}

  /** One matching section with its highlighted snippets. */
  public record SectionView(String label, String url, List<SafeHtml> snippets) {}

  /** A facet in the sidebar, e.g. 区县 with its values. */
  public record FacetGroup(
      String name,
      String label,
      List<FacetOption> options,
      int visible,
      int size,
      int matching,
      String queryName,
      String queryValue,
      String showAllUrl,
      String sortUrl,
      String sortLabel,
      List<Bar> chart,
      List<PlaceTree.Node> tree) {

    /** A group without a tree (every group but 地区). */
    public FacetGroup(
        String name,
        String label,
        List<FacetOption> options,
        int visible,
        int size,
        int matching,
        String queryName,
        String queryValue,
        String showAllUrl,
        String sortUrl,
        String sortLabel,
        List<Bar> chart) {
      this(
          name,
          label,
          options,
          visible,
          size,
          matching,
          queryName,
          queryValue,
          showAllUrl,
          sortUrl,
          sortLabel,
          chart,
          List.of());
    }

    /** The group's heading id (the target of its "show all" and sort links). */
    public String anchor() {
      return "facet-" + name;
    }

    /** How many values are listed besides the selected ones. */
    public long listedUnselected() {
      return options.stream().filter(o -> !o.selected()).count();
    }

    /** The first values, always shown. */
    public List<FacetOption> head() {
      return options.subList(0, Math.min(visible, options.size()));
    }

    /** The remaining values, behind a disclosure. */
    public List<FacetOption> tail() {
      return options.subList(Math.min(visible, options.size()), options.size());
    }

    public boolean tailHasSelection() {
      return tail().stream().anyMatch(FacetOption::selected);
    }
  }

  /**
   * One bar of the year chart (inline SVG): matching reports in {@code label}; following {@code
   * url} adds or removes that year as a filter. Geometry is in the chart's viewBox units.
   */
  public record Bar(
      String label, long count, String url, boolean selected, int x, int y, int width, int height) {
    public String describe() {
      return label + "年：" + count + " 份报告" + (selected ? "（已选，点击取消）" : "（点击筛选）");
    }
  }

  /** A checkbox in a facet group. */
  public record FacetOption(
      String inputId, String value, String label, long count, boolean selected) {}

  /** An active filter; following {@code removeUrl} drops it. */
  public record Chip(String label, String removeUrl) {}

  /** One of 相关度 / 最新 / 最早. */
  public record SortLink(String label, String url, boolean current) {}

  /** Page links; {@code prevUrl}/{@code nextUrl} are null at the ends. */
  public record Pagination(
      int current, int last, String prevUrl, String nextUrl, List<PageLink> pages) {
    public boolean needed() {
      return last > 1;
    }
  }

  /** A page number link, or a gap ({@code …}) when {@code url} is null. */
  public record PageLink(int number, String url, boolean current) {
    public boolean gap() {
      return url == null;
    }
  }

  /** A hidden form field that keeps part of the state when a form is submitted. */
  public record Field(String name, String value) {}

  /** A suggested search. */
  public record Example(String query, String url) {}
}
