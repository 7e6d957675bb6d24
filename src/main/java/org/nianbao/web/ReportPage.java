package org.nianbao.web;

import java.util.List;

/**
 * Everything {@code report.jte} shows: the metadata header, the table of contents and every
 * section's text as blocks of plain text segments (some marked), never as HTML strings.
 */
public record ReportPage(
    String id,
    String title,
    String meta,
    String agency,
    String county,
    Integer year,
    String sourceName,
    String query,
    int markCount,
    String backUrl,
    String backLabel,
    String withoutHighlightUrl,
    List<TocEntry> toc,
    List<SectionView> sections,
    String originalUrl,
    List<OtherYear> otherYears) {

  /** The same agency's report of another year (linked from the header). */
  public record OtherYear(Integer year, String url, String compareUrl) {}

  /** The search for this report's agency (all its years), or null when unknown. */
  public String agencyUrl() {
    return blank(agency) ? null : "/search?agency=" + Links.encode(agency) + "&sort=newest";
  }

  /** The search for this report's county, or null when unknown. */
  public String countyUrl() {
    return blank(county) ? null : "/search?county=" + Links.encode(county);
  }

  /** The search for this report's year, or null when unknown. */
  public String yearUrl() {
    return year == null ? null : "/search?year=" + year;
  }

  /** The permanent link of this report (without query or anchor). */
  public String permalink() {
    return Links.reportPath(id);
  }

  /** The citation as text: 发布机关：《标题》（2021年，金乡县），leaving out what is unknown. */
  public String citation() {
    StringBuilder sb = new StringBuilder();
    if (!blank(agency)) {
      sb.append(agency).append("：");
    }
    sb.append("《").append(title).append("》");
    String where =
        String.join(
            "，",
            java.util.stream.Stream.of(
                    year == null ? null : year + "年", blank(county) ? null : county)
                .filter(java.util.Objects::nonNull)
                .toList());
    if (!where.isEmpty()) {
      sb.append("（").append(where).append("）");
    }
    return sb.append("。").toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public boolean highlighted() {
    return !query.isBlank();
  }

  /** The link to the first highlighted match, or null when nothing is highlighted. */
  public String firstMatchUrl() {
    return markCount > 0 ? "#m1" : null;
  }

  /** A table-of-contents line, linking to {@code #s{n}} or {@code #s{n}-{k}}. */
  public record TocEntry(String label, String anchor, List<TocEntry> children) {}

  /**
   * One section: heading, anchor {@code s{n}}, its text blocks, and for PDF originals the page it
   * starts on with a link to it ({@code …/original#page=N}).
   */
  public record SectionView(
      int number,
      String anchor,
      String label,
      int markCount,
      List<Block> blocks,
      Integer page,
      String pageUrl) {
    /** Where the section's first match is ({@code #s{n}-m}, placed even without a match). */
    public String firstMatchAnchor() {
      return anchor + "-m";
    }
  }

  /** What kind of block a piece of section text is. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    TABLE,
    /** A statistics table (表二/三/四) rendered from the extracted numbers. */
    STATS
  }

  /**
   * A paragraph, a subsection heading (with anchor {@code s{n}-{k}}) or a run of table rows.
   *
   * @param segments the text of a paragraph or heading
   * @param rows the cells of a table
   * @param stats the statistics table of a {@link Kind#STATS} block, else {@code null}
   * @param caption a {@link Kind#TABLE} block's distinct caption ({@link TableCaptions}), else
   *     {@code null}
   */
  public record Block(
      Kind kind,
      String anchor,
      List<Segment> segments,
      List<List<Cell>> rows,
      StatTableView stats,
      String caption) {
    public Block(Kind kind, String anchor, List<Segment> segments, List<List<Cell>> rows) {
      this(kind, anchor, segments, rows, null, null);
    }

    public Block(
        Kind kind,
        String anchor,
        List<Segment> segments,
        List<List<Cell>> rows,
        StatTableView stats) {
      this(kind, anchor, segments, rows, stats, null);
    }

    public boolean statTable() {
      return kind == Kind.STATS;
    }

    public boolean heading() {
      return kind == Kind.HEADING;
    }

    public boolean table() {
      return kind == Kind.TABLE;
    }
  }

  /** One table cell; numeric cells are right-aligned. */
  public record Cell(List<Segment> segments, boolean numeric) {}

  /**
   * A run of text, highlighted when {@code marked}. Printed escaped.
   *
   * @param startsMark whether a marked run is the start of its match (false when it continues a
   *     match cut at a line break or table cell)
   * @param match the match's number and its neighbours, on the first visible run of each match (set
   *     by {@link MatchNumbers}), else null
   */
  public record Segment(String text, boolean marked, boolean startsMark, Match match) {
    public Segment(String text, boolean marked) {
      this(text, marked, marked, null);
    }
  }

  /**
   * The {@code number}-th of {@code total} highlighted matches of the page, anchored {@code
   * #m{number}}; {@code sectionAnchor} ({@code s{n}-m}) is set on the first match of a section.
   */
  public record Match(int number, int total, String sectionAnchor) {
    public String id() {
      return "m" + number;
    }

    /** {@code #m{n-1}}, or null on the first match. */
    public String prevUrl() {
      return number > 1 ? "#m" + (number - 1) : null;
    }

    /** {@code #m{n+1}}, or null on the last match. */
    public String nextUrl() {
      return number < total ? "#m" + (number + 1) : null;
    }
  }
}
