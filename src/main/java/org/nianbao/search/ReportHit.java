package org.nianbao.search;

import java.util.List;

/** A matching report with its matching sections. */
public record ReportHit(
    String id,
    String title,
    String agency,
    String county,
    Integer year,
    String source,
    List<SectionHit> sections) {}
