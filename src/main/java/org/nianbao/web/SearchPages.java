package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetOptions;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;
import org.nianbao.search.SortOrder;
import org.nianbao.web.SearchPage.Chip;
import org.nianbao.web.SearchPage.Example;
import org.nianbao.web.SearchPage.Field;
import org.nianbao.web.SearchPage.Hit;
import org.nianbao.web.SearchPage.PageLink;
import org.nianbao.web.SearchPage.Pagination;
import org.nianbao.web.SearchPage.SectionView;
import org.nianbao.web.SearchPage.SortLink;

/** Turns a {@link SearchRequest} and its {@link SearchResults} into a {@link SearchPage}. */
final class SearchPages {
  /** Suggested searches on the home page and in empty states. */
  static final List<String> EXAMPLES = List.of("微信公众号", "政务新媒体", "行政复议", "依申请公开", "政府网站", "行政诉讼");

  private static final int PAGE_WINDOW = 2;

  /**
   * The most reports a results page of the site shows (the API allows {@link
   * SearchRequest#MAX_SIZE}).
   */
  static final int MAX_SIZE = 100;

  private SearchPages() {}

  /** {@code request} with its page size capped at {@link #MAX_SIZE} (itself when within). */
  static SearchRequest capped(SearchRequest request) {
    return request.size() <= MAX_SIZE ? request : request.withPage(request.page(), MAX_SIZE);
  }

  static SearchPage results(SearchRequest request, SearchResults results) {
    return results(request, results, FacetOptions.defaults(), false);
  }

  /**
   * The page with the facet lists cut by {@code options} (the facets' search boxes, order, "show
   * all").
   */
  static SearchPage results(SearchRequest request, SearchResults results, FacetOptions options) {
    return results(request, results, options, false);
  }

  /**
   * The results page with the facet lists cut by {@code options}; {@code capped}: the size asked
   * for was above {@link #MAX_SIZE} (a notice says so).
   */
  static SearchPage results(
      SearchRequest request, SearchResults results, FacetOptions options, boolean capped) {
    return results(request, results, options, capped, null);
  }

  /** The same with the place tree opened at {@code open} (a province or province›city path). */
  static SearchPage results(
      SearchRequest request,
      SearchResults results,
      FacetOptions options,
      boolean capped,
      String open) {
    Links withOptions = FacetGroups.withOptions(Links.of(request), options);
    Links links =
        open == null || open.isBlank()
            ? withOptions
            : withOptions.with(PlaceTree.OPEN, open.length() > 100 ? open.substring(0, 100) : open);
    Links firstPage = links.without(SearchParams.PAGE);
    return new SearchPage(
        request.query(),
        null,
        results.total(),
        results.totalSections(),
        results.tookMs(),
        results.results().stream().map(h -> hit(h, links, request)).toList(),
        FacetGroups.groups(firstPage, results.facets(), options),
        chips(request, firstPage),
        clearFilters(firstPage),
        sorts(request, results, firstPage),
        sizes(request, firstPage),
        pagination(links, results.page(), pageCount(results.total(), results.size())),
        notices(results, capped),
        hidden(firstPage, FacetGroups.queryNames(), SearchParams.Q, SearchParams.PAGE),
        hidden(firstPage, FacetGroups.queryNames(), facetNames(SearchParams.PAGE)),
        examples(),
        Links.of(request).queryString(),
        MeasureViews.form(request, firstPage));
  }

  private static List<String> notices(SearchResults results, boolean capped) {
    List<String> notices = new ArrayList<>();
    if (capped) {
      notices.add("每页最多显示 " + MAX_SIZE + " 份报告，已按 " + MAX_SIZE + " 份显示");
    }
    notices.addAll(results.notices() == null ? List.of() : results.notices());
    return List.copyOf(notices);
  }

  /** The page for a search that could not run: the form keeps the query, the message explains. */
  static SearchPage failed(String query, String message) {
    return new SearchPage(
        query == null ? "" : query,
        message,
        0,
        0,
        0,
        List.of(),
        List.of(),
        List.of(),
        "/search",
        List.of(),
        List.of(),
        new Pagination(1, 1, null, null, List.of()),
        List.of(),
        List.of(),
        List.of(),
        examples(),
        null,
        null);
  }

  static List<Example> examples() {
    return EXAMPLES.stream().map(q -> new Example(q, "/search?q=" + Links.encode(q))).toList();
  }

  private static Hit hit(ReportHit h, Links links, SearchRequest request) {
    String title = h.title() == null || h.title().isBlank() ? h.id() : h.title();
    List<SectionView> sections =
        h.sections().stream()
            .map(
                s ->
                    new SectionView(
                        SectionNames.label(s.number(), s.title()),
                        links.sectionAtMatch(h.id(), s.number()),
                        snippets(s)))
            .toList();
    return new Hit(
        title,
        links.reportAtMatch(h.id()),
        meta(h.agency(), h.county(), h.year()),
        sections,
        MeasureViews.value(request, h));
  }

  private static List<SafeHtml> snippets(SectionHit s) {
    return s.snippets().stream().map(Html::snippet).map(SafeHtml::new).toList();
  }

  /** 发布机关 · 区县 · 2021年, leaving out what is unknown. */
  static String meta(String agency, String county, Integer year) {
    List<String> parts = new ArrayList<>();
    if (agency != null && !agency.isBlank()) {
      parts.add(agency);
    }
    if (county != null && !county.isBlank()) {
      parts.add(county);
    }
    if (year != null) {
      parts.add(year + "年");
    }
    return String.join(" · ", parts);
  }

  private static List<Chip> chips(SearchRequest request, Links links) {
    List<Chip> chips = new ArrayList<>();
    Chip range = MeasureViews.chip(request, links);
    if (range != null) {
      chips.add(range);
    }
    for (Facet f : Facet.values()) {
      for (String v : links.values(f.key())) {
        String label = f == Facet.SECTION ? SectionNames.facetLabel(v) : v;
        chips.add(new Chip(FacetGroups.label(f) + "：" + label, links.without(f.key(), v).search()));
      }
    }
    return chips;
  }

  private static String clearFilters(Links links) {
    Links l = links;
    for (Facet f : Facet.values()) {
      l = l.without(f.key()).without(SearchParams.FACET_QUERY + f.key());
    }
    if (!SortOrder.MEASURE
        .key()
        .equals(l.values(SearchParams.SORT).stream().findFirst().orElse(""))) {
      l = l.without(SearchParams.MEASURE);
    }
    return l.without(SearchParams.MIN).without(SearchParams.MAX).search();
  }

  /** The URL names of every facet, then {@code more}. */
  private static String[] facetNames(String... more) {
    List<String> names = new ArrayList<>();
    for (Facet f : Facet.values()) {
      names.add(f.key());
    }
    names.addAll(List.of(more));
    return names.toArray(String[]::new);
  }

  /**
   * The sort links, marking the order the results are in: without something to rank (no query, or a
   * purely negative one such as {@code -抖音}) there is no relevance, the core lists the newest
   * first, and so do the links.
   */
  private static List<SortLink> sorts(SearchRequest request, SearchResults results, Links all) {
    Links links = all.without(SearchParams.ORDER);
    boolean browsing = !results.rankable();
    SortOrder shown = results.sort();
    List<SortLink> sorts = new ArrayList<>();
    if (!browsing) {
      sorts.add(
          new SortLink(
              "相关度", links.with(SearchParams.SORT, null).search(), shown == SortOrder.RELEVANCE));
    }
    sorts.add(
        new SortLink(
            "最新",
            links.with(SearchParams.SORT, browsing ? null : SortOrder.NEWEST.key()).search(),
            shown == SortOrder.NEWEST));
    sorts.add(
        new SortLink(
            "最早",
            links.with(SearchParams.SORT, SortOrder.OLDEST.key()).search(),
            shown == SortOrder.OLDEST));
    if (request.measure() != null) { // 本年新收最多 / 最少
      String label = request.measure().measure().label();
      boolean byMeasure = shown == SortOrder.MEASURE;
      Links m = links.with(SearchParams.SORT, SortOrder.MEASURE.key());
      sorts.add(
          new SortLink(label + "最多", m.search(), byMeasure && !request.measure().ascending()));
      sorts.add(
          new SortLink(
              label + "最少",
              m.with(SearchParams.ORDER, "asc").search(),
              byMeasure && request.measure().ascending()));
    }
    return sorts;
  }

  /** The page sizes offered on the page. */
  static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);

  /** 每页 10 / 20 / 50 / 100: links back to page 1 with that size. */
  private static List<SortLink> sizes(SearchRequest request, Links links) {
    List<SortLink> sizes = new ArrayList<>();
    for (int size : PAGE_SIZES) {
      String value = size == SearchRequest.DEFAULT_SIZE ? null : Integer.toString(size);
      sizes.add(
          new SortLink(
              Integer.toString(size),
              links.with(SearchParams.SIZE, value).search(),
              request.size() == size));
    }
    return sizes;
  }

  static int pageCount(long total, int size) {
    if (size <= 0 || total <= 0) {
      return 1;
    }
    long pages = (total + size - 1) / size;
    return (int) Math.min(pages, SearchRequest.MAX_PAGE);
  }

  private static Pagination pagination(Links links, int current, int last) {
    List<PageLink> pages = new ArrayList<>();
    int from = Math.max(1, current - PAGE_WINDOW);
    int to = Math.min(last, current + PAGE_WINDOW);
    if (from > 1) {
      pages.add(page(links, 1, current));
      if (from > 2) {
        pages.add(new PageLink(0, null, false));
      }
    }
    for (int p = from; p <= to; p++) {
      pages.add(page(links, p, current));
    }
    if (to < last) {
      if (to < last - 1) {
        pages.add(new PageLink(0, null, false));
      }
      pages.add(page(links, last, current));
    }
    String prev = current > 1 ? pageUrl(links, Math.min(current - 1, last)) : null;
    String next = current < last ? pageUrl(links, current + 1) : null;
    return new Pagination(current, last, prev, next, current > last ? List.of() : pages);
  }

  private static PageLink page(Links links, int number, int current) {
    return new PageLink(number, pageUrl(links, number), number == current);
  }

  private static String pageUrl(Links links, int number) {
    return links.with(SearchParams.PAGE, number == 1 ? null : Integer.toString(number)).search();
  }

  private static List<Field> hidden(Links links, List<String> alsoDropped, String... dropped) {
    List<String> drop = new ArrayList<>(List.of(dropped));
    drop.addAll(alsoDropped);
    return links.params().stream()
        .filter(e -> !drop.contains(e.getKey()))
        .map(e -> new Field(e.getKey(), e.getValue()))
        .filter(Objects::nonNull)
        .toList();
  }
}
