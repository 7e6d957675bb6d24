package org.nianbao.ingest;

import java.util.List;

/**
 * One top-level part of a report (一、总体情况 …), number 0 being the preamble.
 *
 * @param number the section number as written (1 for 一、); 0 for the preamble
 * @param topic the canonical topic ({@link SectionTopics}): 总体情况, 主动公开, 依申请公开, 复议诉讼, 问题改进, 其他事项,
 *     收费减免 (older formats), 概述 (the preamble); {@code null} when the title says nothing known
 * @param title the heading without its numeral, e.g. 总体情况; empty for the preamble
 * @param text the repaired body text (without the heading line); paragraphs and table rows are
 *     separated by {@code \n}
 * @param subsections the （一）… headings inside {@code text}
 * @param page the page of the original PDF where the section starts (1-based), or {@code null} for
 *     other formats and when it cannot be found
 */
public record Section(
    int number,
    String topic,
    String title,
    String text,
    List<Subsection> subsections,
    Integer page) {

  public Section {
    subsections = List.copyOf(subsections);
  }

  /** A section without a page number (plain text, Word and HTML sources). */
  public Section(
      int number, String topic, String title, String text, List<Subsection> subsections) {
    this(number, topic, title, text, subsections, null);
  }

  /** Returns a copy that starts on {@code newPage}. */
  public Section withPage(Integer newPage) {
    return new Section(number, topic, title, text, subsections, newPage);
  }
}
