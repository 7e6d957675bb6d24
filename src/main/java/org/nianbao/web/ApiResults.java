package org.nianbao.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.FacetValue;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;

/**
 * The JSON of {@code /api/search} and {@code nianbao search --json}: the search results with each
 * report's and section's URL and the snippets as HTML (the text escaped, {@code <mark>} around
 * matches). {@code partial}: the search stopped at its deadline, so totals, facets and the page may
 * miss matches (a notice says so too).
 */
public record ApiResults(
    String query,
    long total,
    long totalSections,
    int page,
    int size,
    long tookMs,
    List<Report> results,
    Map<String, List<FacetValue>> facets,
    Map<String, Integer> facetSizes,
    boolean partial,
    List<String> notices) {

  /**
   * A matching report; {@code measure} only when the search filters or sorts by a measure (else
   * left out of the JSON).
   */
  public record Report(
      String id,
      String title,
      String agency,
      String county,
      Integer year,
      String source,
      String url,
      List<Section> sections,
      @JsonInclude(JsonInclude.Include.NON_NULL) MeasureValue measure) {}

  /** The searched measure's value of a report ({@code null}: the report has none). */
  public record MeasureValue(String key, Integer value) {}

  /** A matching section. */
  public record Section(int number, String title, String url, List<String> snippets) {}

  public static ApiResults of(SearchResults r) {
    return of(r, FacetOptions.defaults());
  }

  /**
   * The JSON with the facet lists cut by {@code options}; {@code facetSizes} gives each list's true
   * number of values.
   */
  public static ApiResults of(SearchResults r, FacetOptions options) {
    return of(r, options, null);
  }

  /** The JSON with each report's value of measure {@code measureKey} ({@code null}: none asked). */
  public static ApiResults of(SearchResults r, FacetOptions options, String measureKey) {
    return new ApiResults(
        r.query(),
        r.total(),
        r.totalSections(),
        r.page(),
        r.size(),
        r.tookMs(),
        r.results().stream().map(h -> report(h, measureKey)).toList(),
        facetsByKey(options.listed(r.facets())),
        FacetOptions.sizes(r.facets()),
        r.partial(),
        r.notices());
  }

  /**
   * The facets keyed by their names in URLs and JSON ({@code county}, {@code agency}, …), in order.
   */
  static Map<String, List<FacetValue>> facetsByKey(Map<Facet, List<FacetValue>> facets) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    facets.forEach((facet, values) -> out.put(facet.key(), values));
    return out;
  }

  private static Report report(ReportHit h, String measureKey) {
    String url = reportUrl(h.id());
    return new Report(
        h.id(),
        h.title(),
        h.agency(),
        h.county(),
        h.year(),
        h.source(),
        url,
        h.sections().stream().map(s -> section(s, url)).toList(),
        measureKey == null ? null : new MeasureValue(measureKey, h.measureValue()));
  }

  private static Section section(SectionHit s, String reportUrl) {
    return new Section(
        s.number(),
        s.title(),
        reportUrl + "#s" + s.number(),
        s.snippets().stream().map(Html::snippet).toList());
  }

  /** The URL path of a report page, {@code /reports/{id}} with the id percent-encoded. */
  public static String reportUrl(String id) {
    return Links.reportPath(id);
  }
}
