package org.nianbao.web;

import java.util.List;

/** What {@code home.jte} shows: the search box, what is indexed and example searches. */
public record HomePage(
    long reports,
    long sections,
    long counties,
    long agencies,
    List<YearLink> years,
    List<SearchPage.Example> examples) {

  /** A year that has reports, linking to them. */
  public record YearLink(int year, String url) {}

  /** 2020–2024, or the single year, or empty. */
  public String yearRange() {
    if (years.isEmpty()) {
      return "";
    }
    int min = years.stream().mapToInt(YearLink::year).min().orElseThrow();
    int max = years.stream().mapToInt(YearLink::year).max().orElseThrow();
    return min == max ? min + "" : min + "–" + max;
  }
}
