package org.nianbao.search;

import java.util.List;

/**
 * A matching report with its matching sections.
 *
 * @param measureValue the value of the request's {@link SearchRequest#measure()} for this report,
 *     or {@code null} (no measure asked, or the report has none)
 */
public record ReportHit(
    String id,
    String title,
    String agency,
    String county,
    Integer year,
    String source,
    List<SectionHit> sections,
    Integer measureValue) {

  /** A hit without a measure value. */
  public ReportHit(
      String id,
      String title,
      String agency,
      String county,
      Integer year,
      String source,
      List<SectionHit> sections) {
    this(id, title, agency, county, year, source, sections, null);
  }
}
