package org.nianbao.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics tables of one report, as read from its text.
 *
 * @param format {@code 2021} (国办公开办函〔2021〕30号), {@code 2019} (国办公开办函〔2019〕60号), or {@code null}
 *     when table 二 was not read
 * @param active table 二 (主动公开), or {@code null} when absent
 * @param requests table 三 (收到和处理政府信息公开申请), or {@code null} when absent
 * @param reviews table 四 (行政复议、行政诉讼), or {@code null} when absent
 * @param warnings tables or rows that are in the report but could not be read
 */
public record Statistics(
    String format, StatTable active, StatTable requests, StatTable reviews, List<String> warnings) {

  public Statistics {
    warnings = List.copyOf(warnings);
  }

  /** No tables at all (e.g. a pre-2019 report), no warnings. */
  public static Statistics none() {
    return new Statistics(null, null, null, null, List.of());
  }

  /** 一、本年新收 总计, or {@code null}. */
  public Integer newRequests() {
    return total(requests, TableFormats.NEW);
  }

  /** 二、上年结转 总计, or {@code null}. */
  public Integer carriedOver() {
    return total(requests, TableFormats.CARRIED_OVER);
  }

  /** 三（七）总计 总计, or {@code null}. */
  public Integer handledTotal() {
    return total(requests, TableFormats.HANDLED_TOTAL);
  }

  /** 四、结转下年度继续办理 总计, or {@code null}. */
  public Integer carriedForward() {
    return total(requests, TableFormats.CARRIED_FORWARD);
  }

  /** 行政复议 总计, or {@code null}. */
  public Integer reviewTotal() {
    return total(reviews, TableFormats.REVIEW);
  }

  /** 行政诉讼 未经复议直接起诉 总计, or {@code null}. */
  public Integer litigationDirectTotal() {
    return total(reviews, TableFormats.LITIGATION_DIRECT);
  }

  /** 行政诉讼 复议后起诉 总计, or {@code null}. */
  public Integer litigationAfterReviewTotal() {
    return total(reviews, TableFormats.LITIGATION_AFTER_REVIEW);
  }

  private static Integer total(StatTable table, String row) {
    return table == null ? null : table.intCell(row, TableFormats.TOTAL);
  }

  /**
   * The JSON shape ({@code parse --json}, {@code /api/reports/{id}}): {@code format}, {@code
   * tables} ({@code active}, {@code requests}, {@code reviews}: {@code {"title","rows":[{"label",
   * "cells":{column: value|null}}]}} or {@code null}), the named numbers and {@code warnings}.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> tables = new LinkedHashMap<>();
    tables.put("active", table(active));
    tables.put("requests", table(requests));
    tables.put("reviews", table(reviews));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("format", format);
    json.put("tables", tables);
    json.put("new_requests", newRequests());
    json.put("carried_over", carriedOver());
    json.put("handled_total", handledTotal());
    json.put("carried_forward", carriedForward());
    json.put("review_total", reviewTotal());
    json.put("litigation_direct_total", litigationDirectTotal());
    json.put("litigation_after_review_total", litigationAfterReviewTotal());
    json.put("warnings", warnings);
    return json;
  }

  /**
   * The statistics back from {@link #toJson()}'s shape (as stored in the index): cells are {@link
   * Integer}s, or {@link java.math.BigDecimal}s for amounts (万元) and numbers that are not whole;
   * the named numbers are derived again from the tables.
   */
  public static Statistics fromJson(Map<String, ?> json) {
    Map<?, ?> tables = (Map<?, ?>) json.get("tables");
    List<String> warnings = new java.util.ArrayList<>();
    if (json.get("warnings") instanceof List<?> w) {
      w.forEach(x -> warnings.add(String.valueOf(x)));
    }
    return new Statistics(
        (String) json.get("format"),
        tableFrom(tables == null ? null : tables.get("active")),
        tableFrom(tables == null ? null : tables.get("requests")),
        tableFrom(tables == null ? null : tables.get("reviews")),
        warnings);
  }

  private static StatTable tableFrom(Object json) {
    if (!(json instanceof Map<?, ?> t)) {
      return null;
    }
    List<StatRow> rows = new java.util.ArrayList<>();
    for (Object o : (List<?>) t.get("rows")) {
      Map<?, ?> row = (Map<?, ?>) o;
      Map<String, Number> cells = new LinkedHashMap<>();
      ((Map<?, ?>) row.get("cells"))
          .forEach((k, v) -> cells.put((String) k, number(v, (String) k)));
      rows.add(new StatRow((String) row.get("label"), cells));
    }
    return new StatTable((String) t.get("title"), rows);
  }

  /** A cell as the extractor makes it: amounts (万元) are decimals, counts integers. */
  private static Number number(Object v, String column) {
    boolean amount = column.contains("万元");
    if (v == null || (v instanceof Integer && !amount)) {
      return (Number) v;
    }
    java.math.BigDecimal d = new java.math.BigDecimal(v.toString());
    if (amount) {
      return d;
    }
    try {
      return d.scale() <= 0 ? d.intValueExact() : d;
    } catch (ArithmeticException e) {
      return d;
    }
  }

  private static Map<String, Object> table(StatTable t) {
    if (t == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", t.title());
    json.put(
        "rows",
        t.rows().stream()
            .map(
                r -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("label", r.label());
                  row.put("cells", r.cells());
                  return row;
                })
            .toList());
    return json;
  }
}
