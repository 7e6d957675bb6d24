package org.nianbao.web;

import java.util.List;

/**
 * Everything {@code compare.jte} shows: two reports (the earlier year first), their measures side
 * by side with the change, the cross-year checks, and per section the share of the later report's
 * sentences carried over unchanged from the earlier one.
 */
public record ComparePage(
    String earlierTitle,
    String earlierUrl,
    Integer earlierYear,
    String laterTitle,
    String laterUrl,
    Integer laterYear,
    List<MeasureRow> measures,
    List<String> checks,
    boolean consecutive,
    List<SectionShare> sections) {

  /** One measure in both reports; {@code —} where not read. */
  public record MeasureRow(String label, String earlier, String later, String change) {}

  /**
   * A section of the later report: how many of its sentences appear unchanged in the earlier one.
   */
  public record SectionShare(
      String label, int sentences, int unchanged, String share, List<Sentence> text) {}

  /** A sentence of the later report, marked when carried over unchanged. */
  public record Sentence(String text, boolean unchanged) {}
}
