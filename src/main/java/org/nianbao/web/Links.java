package org.nianbao.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nianbao.search.MeasureFilter;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SortOrder;

/**
 * Builds the site's URLs from a search state, so every state (filters, sort, page) is a plain link.
 * Instances are immutable: an ordered list of query parameters.
 */
record Links(List<Map.Entry<String, String>> params) {

  Links {
    params = List.copyOf(params);
  }

  /** The parameters that reproduce {@code request} (defaults left out, page 1 left out). */
  static Links of(SearchRequest request) {
    List<Map.Entry<String, String>> p = new ArrayList<>();
    if (!request.query().isBlank()) {
      p.add(Map.entry(SearchParams.Q, request.query()));
    }
    request.provinces().forEach(v -> p.add(Map.entry(SearchParams.PROVINCE, v)));
    request.cities().forEach(v -> p.add(Map.entry(SearchParams.CITY, v)));
    request.counties().forEach(v -> p.add(Map.entry(SearchParams.COUNTY, v)));
    request.agencies().forEach(v -> p.add(Map.entry(SearchParams.AGENCY, v)));
    request.years().forEach(v -> p.add(Map.entry(SearchParams.YEAR, SearchParams.yearValue(v))));
    request.sections().forEach(v -> p.add(Map.entry(SearchParams.SECTION, v.toString())));
    request.topics().forEach(v -> p.add(Map.entry(SearchParams.TOPIC, v)));
    if (request.sort() != SortOrder.RELEVANCE) {
      p.add(Map.entry(SearchParams.SORT, request.sort().key()));
    }
    MeasureFilter m = request.measure();
    if (m != null) {
      p.add(Map.entry(SearchParams.MEASURE, m.key()));
      if (m.min() != null) {
        p.add(Map.entry(SearchParams.MIN, m.min().toString()));
      }
      if (m.max() != null) {
        p.add(Map.entry(SearchParams.MAX, m.max().toString()));
      }
      if (request.sort() == SortOrder.MEASURE && m.ascending()) {
        p.add(Map.entry(SearchParams.ORDER, "asc"));
      }
    }
    if (request.size() != SearchRequest.DEFAULT_SIZE) {
      p.add(Map.entry(SearchParams.SIZE, Integer.toString(request.size())));
    }
    if (request.page() > 1) {
      p.add(Map.entry(SearchParams.PAGE, Integer.toString(request.page())));
    }
    return new Links(p);
  }

  /** Without any value of {@code name}. */
  Links without(String name) {
    return new Links(params.stream().filter(e -> !e.getKey().equals(name)).toList());
  }

  /** Without the one pair {@code name=value}. */
  Links without(String name, String value) {
    return new Links(
        params.stream()
            .filter(e -> !(e.getKey().equals(name) && e.getValue().equals(value)))
            .toList());
  }

  /** With {@code name} set to {@code value} only ({@code null} removes it). */
  Links with(String name, String value) {
    List<Map.Entry<String, String>> p = new ArrayList<>(without(name).params);
    if (value != null) {
      p.add(Map.entry(name, value));
    }
    return new Links(p);
  }

  /** With {@code name=value} added (other values of {@code name} kept). */
  Links plus(String name, String value) {
    List<Map.Entry<String, String>> p = new ArrayList<>(without(name, value).params);
    p.add(Map.entry(name, value));
    return new Links(p);
  }

  /** The values of {@code name}, in order. */
  List<String> values(String name) {
    return params.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
  }

  /** {@code a=1&b=2}, percent-encoded, empty when there are no parameters. */
  String queryString() {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> e : params) {
      if (!sb.isEmpty()) {
        sb.append('&');
      }
      sb.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return sb.toString();
  }

  /** {@code /search?…} for this state. */
  String search() {
    return withQuery("/search");
  }

  /** {@code /reports/{id}?…} carrying this state, so the report page can link back. */
  String report(String id) {
    return withQuery(reportPath(id));
  }

  /** {@code /reports/{id}?…#s{n}}. */
  String section(String id, int number) {
    return report(id) + "#s" + number;
  }

  /** With a query, the report at its first highlighted match ({@code #m1}); else its top. */
  String reportAtMatch(String id) {
    return hasQuery() ? report(id) + "#m1" : report(id);
  }

  /**
   * With a query, section {@code number} of the report at its first highlighted match ({@code
   * #s{n}-m}, the section's heading when nothing there is highlighted); else {@link #section}.
   */
  String sectionAtMatch(String id, int number) {
    return hasQuery() ? report(id) + "#s" + number + "-m" : section(id, number);
  }

  private boolean hasQuery() {
    return params.stream().anyMatch(e -> e.getKey().equals(SearchParams.Q));
  }

  private String withQuery(String path) {
    String qs = queryString();
    return qs.isEmpty() ? path : path + "?" + qs;
  }

  /** The path of a report page, its id percent-encoded as one path segment. */
  static String reportPath(String id) {
    return "/reports/" + encode(Objects.requireNonNull(id));
  }

  /** Percent-encodes a query value or path segment (spaces as {@code %20}). */
  static String encode(String s) {
    return URLEncoder.encode(s, UTF_8).replace("+", "%20");
  }
}
