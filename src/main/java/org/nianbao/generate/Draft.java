package org.nianbao.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * A composed report before extraction damage: its title parts and an ordered list of blocks
 * (section headings, subsection headings, paragraphs, raw table lines). Built by {@link
 * ReportComposer}, turned into text by {@link Damage}.
 */
final class Draft {

  enum Kind {
    HEADING,
    SUBHEADING,
    PARAGRAPH,
    TABLE
  }

  /**
   * One block. For headings {@code number} is the section or subsection number and {@code text} the
   * title; for paragraphs {@code text} is the paragraph; for tables {@code lines} are the raw lines
   * (with the sample's own layout).
   */
  record Block(
      Kind kind, int number, String text, List<String> lines, SentenceBank.Layout layout) {}

  /** The title as three parts: the agency, the year (e.g. 2021年) and the rest. */
  record Title(String agency, String year, String rest, TitleOrder order) {}

  /** Where the year goes in the title. */
  enum TitleOrder {
    /** 金乡县教育局2021年政府信息公开工作年度报告. */
    AGENCY_YEAR,
    /** 2021年金乡县教育局政府信息公开工作年度报告. */
    YEAR_AGENCY,
    /** 金乡县教育局政府信息公开工作2021年度报告. */
    YEAR_INSIDE
  }

  private Title title;
  private SentenceBank.Layout layout = SentenceBank.Layout.PDF;
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> sectionTitles = new ArrayList<>();

  void title(Title t) {
    this.title = t;
  }

  Title title() {
    return title;
  }

  /** The extraction style of the whole report (the layout of its tables). */
  void layout(SentenceBank.Layout l) {
    this.layout = l;
  }

  SentenceBank.Layout layout() {
    return layout;
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Titles of sections 1…n as written. */
  List<String> sectionTitles() {
    return sectionTitles;
  }

  void heading(String text) {
    sectionTitles.add(text);
    blocks.add(new Block(Kind.HEADING, sectionTitles.size(), text, List.of(), null));
  }

  void subheading(int number, String text) {
    blocks.add(new Block(Kind.SUBHEADING, number, text, List.of(), null));
  }

  void paragraph(String text) {
    blocks.add(new Block(Kind.PARAGRAPH, 0, text, List.of(), null));
  }

  void paragraph(int at, String text) {
    blocks.add(at, new Block(Kind.PARAGRAPH, 0, text, List.of(), null));
  }

  void table(List<String> lines, SentenceBank.Layout layout) {
    blocks.add(new Block(Kind.TABLE, 0, "", List.copyOf(lines), layout));
  }

  /** Approximate UTF-8 size of the text so far. */
  int utf8Size() {
    int n = 0;
    for (Block b : blocks) {
      n += utf8(b.text()) + 2;
      for (String line : b.lines()) {
        n += utf8(line) + 1;
      }
    }
    return n;
  }

  static int utf8(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) < 0x80 ? 1 : 3;
    }
    return n;
  }
}
