package org.nianbao.generate;

/** The kinds of extraction damage {@link Damage} can apply; each one is repaired by the parser. */
public enum DamageKind {
  /** PDF-style lines broken mid-sentence at a fixed width. */
  HARD_WRAP,
  /** A blank line between every two lines. */
  BLANK_LINES,
  /** Page footers such as {@code - 4 -} or {@code — 4 —} between lines. */
  PAGE_FOOTERS,
  /** Spaces between numbers and CJK characters ({@code 2021 年}, {@code 共 16 条}). */
  NUMBER_SPACES,
  /** A stray space between two CJK characters inside a sentence. */
  STRAY_SPACES,
  /** Paragraphs indented with ideographic spaces (U+3000). */
  IDEOGRAPHIC_INDENT,
  /** A space at the start of some lines. */
  LEADING_SPACES,
  /** {@code [bookmark: _GoBack]} left by Word at the start of the text. */
  BOOKMARK,
  /** The agency on its own line above {@code 2021年政府信息公开工作年度报告}. */
  AGENCY_LINE,
  /** The title broken over two lines. */
  TITLE_SPLIT,
  /** Spaces around the year in the title ({@code 金乡县教育局 2021 年…}). */
  TITLE_SPACES,
  /** A duplicated title word ({@code 政府信息公开 公开工作年度报告}). */
  TITLE_DUPLICATE_WORD,
  /** Full-width digits in the title year ({@code ２０２１年}). */
  FULL_WIDTH_YEAR,
  /** The title year in Chinese numerals ({@code 二〇二一年}). */
  CHINESE_YEAR,
  /** Blank lines before the title. */
  LEADING_BLANK_LINES,
  /** Half-width subsection labels {@code (一)}. */
  HALF_WIDTH_LABELS,
  /** Section labels {@code 一. } or {@code 一．} instead of {@code 一、}. */
  DOT_LABELS,
  /** Section labels {@code 第一部分 }. */
  PART_LABELS,
  /** Windows line endings. */
  CRLF,
  /** Tables whose header cells are broken one or two characters per line (PDF extraction). */
  VERTICAL_HEADERS,
  /** Table rows with tab-separated cells. */
  TAB_ROWS,
  /** Tables with one tab-indented cell per line (Word). */
  CELL_LINES
}
