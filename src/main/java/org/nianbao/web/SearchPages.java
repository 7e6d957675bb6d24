package org.nianbao.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.search.FacetValue;
import org.nianbao.search.QueryException;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;
import org.nianbao.search.SortOrder;
import org.nianbao.search.UserQuery;
import org.nianbao.search.UserQueryParser;
import org.nianbao.web.SearchPage.Chip;
import org.nianbao.web.SearchPage.Example;
import org.nianbao.web.SearchPage.FacetGroup;
import org.nianbao.web.SearchPage.FacetOption;
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

  private static final int FACET_VISIBLE = 8;
  private static final int PAGE_WINDOW = 2;

  /** Facet names in sidebar order with their Chinese labels. */
  private static final Map<String, String> FACETS = new LinkedHashMap<>();
  /**
   * Filters shown as chips (and cleared) but not yet listed as facet groups on the page: province
   * and city (TODO: a 地区 hierarchy province › city › county in the facet form).
   */
  private static final Map<String, String> FILTERS = new LinkedHashMap<>();

  static {
    FILTERS.put(SearchParams.PROVINCE, "省份");
    FILTERS.put(SearchParams.CITY, "城市");
    FACETS.put(SearchParams.COUNTY, "区县");
    FACETS.put(SearchParams.AGENCY, "发布机关");
    FACETS.put(SearchParams.YEAR, "年度");
    FACETS.put(SearchParams.SECTION, "章节");
  }

  private SearchPages() {}

  static SearchPage results(SearchRequest request, SearchResults results) {
    Links links = Links.of(request);
    Links firstPage = links.without(SearchParams.PAGE);
    return new SearchPage(
        request.query(),
        null,
        results.total(),
        results.totalSections(),
        results.tookMs(),
        results.results().stream().map(h -> hit(h, links)).toList(),
        facets(firstPage, ApiResults.facetsByKey(results.facets())),
        chips(firstPage),
        clearFilters(firstPage),
        sorts(request, firstPage),
        pagination(links, results.page(), pageCount(results.total(), results.size())),
        results.notices() == null ? List.of() : results.notices(),
        hidden(firstPage, SearchParams.Q, SearchParams.PAGE),
        hidden(firstPage, SearchParams.COUNTY, SearchParams.AGENCY, SearchParams.YEAR, SearchParams.SECTION, SearchParams.PAGE),
        examples());
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
        new Pagination(1, 1, null, null, List.of()),
        List.of(),
        List.of(),
        List.of(),
        examples());
  }

  static List<Example> examples() {
    return EXAMPLES.stream().map(q -> new Example(q, "/search?q=" + Links.encode(q))).toList();
  }

  private static Hit hit(ReportHit h, Links links) {
    String title = h.title() == null || h.title().isBlank() ? h.id() : h.title();
    List<SectionView> sections =
        h.sections().stream()
            .map(
                s ->
                    new SectionView(
                        SectionNames.label(s.number(), s.title()),
                        links.section(h.id(), s.number()),
                        snippets(s)))
            .toList();
    return new Hit(title, links.report(h.id()), meta(h.agency(), h.county(), h.year()), sections);
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

  private static List<FacetGroup> facets(Links links, Map<String, List<FacetValue>> facets) {
    List<FacetGroup> groups = new ArrayList<>();
    for (Map.Entry<String, String> f : FACETS.entrySet()) {
      String name = f.getKey();
      List<String> selected = links.values(name);
      List<FacetValue> values = new ArrayList<>(facets == null ? List.of() : facets.getOrDefault(name, List.of()));
      // A selected value the index does not know still shows, ticked, so it can be unticked.
      for (String s : selected) {
        if (values.stream().noneMatch(v -> v.value().equals(s))) {
          values.add(new FacetValue(s, 0, true));
        }
      }
      if (name.equals(SearchParams.YEAR)) {
        values.sort(Comparator.comparing((FacetValue v) -> asInt(v.value())).reversed());
      } else if (name.equals(SearchParams.SECTION)) {
        values.sort(Comparator.comparing((FacetValue v) -> asInt(v.value())));
      }
      List<FacetOption> options = new ArrayList<>();
      for (FacetValue v : values) {
        String label = name.equals(SearchParams.SECTION) ? SectionNames.facetLabel(v.value()) : v.value();
        boolean ticked = v.selected() || selected.contains(v.value());
        options.add(new FacetOption("f-" + name + "-" + options.size(), v.value(), label, v.count(), ticked));
      }
      if (!options.isEmpty()) {
        groups.add(new FacetGroup(name, f.getValue(), options, FACET_VISIBLE));
      }
    }
    return groups;
  }

  private static int asInt(String s) {
    try {
      return Integer.parseInt(s.strip());
    } catch (NumberFormatException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static List<Chip> chips(Links links) {
    List<Chip> chips = new ArrayList<>();
    Map<String, String> all = new LinkedHashMap<>(FILTERS);
    all.putAll(FACETS);
    for (Map.Entry<String, String> f : all.entrySet()) {
      for (String v : links.values(f.getKey())) {
        String label = f.getKey().equals(SearchParams.SECTION) ? SectionNames.facetLabel(v) : v;
        chips.add(new Chip(f.getValue() + "：" + label, links.without(f.getKey(), v).search()));
      }
    }
    return chips;
  }

  private static String clearFilters(Links links) {
    Links l = links;
    for (String name : FACETS.keySet()) {
      l = l.without(name);
    }
    for (String name : FILTERS.keySet()) {
      l = l.without(name);
    }
    return l.search();
  }

  /** Without a query there is no relevance: the core lists the newest first, and so do the links. */
  private static List<SortLink> sorts(SearchRequest request, Links links) {
    boolean browsing = isBrowsing(request.query());
    SortOrder shown = browsing ? request.sort().forQuery(EMPTY) : request.sort();
    List<SortLink> sorts = new ArrayList<>();
    if (!browsing) {
      sorts.add(new SortLink("相关度", links.with(SearchParams.SORT, null).search(), shown == SortOrder.RELEVANCE));
    }
    sorts.add(new SortLink("最新", links.with(SearchParams.SORT, browsing ? null : SortOrder.NEWEST.key()).search(), shown == SortOrder.NEWEST));
    sorts.add(new SortLink("最早", links.with(SearchParams.SORT, SortOrder.OLDEST.key()).search(), shown == SortOrder.OLDEST));
    return sorts;
  }

  private static final UserQuery EMPTY = new UserQuery(List.of(), List.of());

  /** Whether {@code query} has no query terms (e.g. empty, or just {@code -}). */
  private static boolean isBrowsing(String query) {
    try {
      return UserQueryParser.parse(query).isEmpty();
    } catch (QueryException e) {
      return false;
    }
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

  private static List<Field> hidden(Links links, String... dropped) {
    List<String> drop = List.of(dropped);
    return links.params().stream()
        .filter(e -> !drop.contains(e.getKey()))
        .map(e -> new Field(e.getKey(), e.getValue()))
        .filter(Objects::nonNull)
        .toList();
  }
}
