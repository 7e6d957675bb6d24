package org.nianbao.index;

import java.util.List;

/**
 * Every Lucene field name of the nianbao index, in one place.
 *
 * <p>A report is stored as one block: its section documents first, then one report document last
 * (the block's "parent"). Every document of the block carries {@link #REPORT_ID} and {@link
 * #SOURCE_KEY}, so a whole block is replaced or deleted with one term.
 */
public final class Fields {
  private Fields() {}

  /** {@code report} or {@code section}. */
  public static final String TYPE = "type";

  public static final String TYPE_REPORT = "report";
  public static final String TYPE_SECTION = "section";

  /** Report id, on every document of a block (indexed, stored; doc values on the report doc). */
  public static final String REPORT_ID = "report_id";

  /** Report id as doc values on the report doc (a separate name: schemas must agree per field). */
  public static final String REPORT_ID_DV = "report_id_dv";

  /** The id before collision suffixes, on the report doc (indexed). */
  public static final String BASE_ID = "base_id";

  /** Normalised absolute source path (or {@code classpath:…}), on every doc of the block. */
  public static final String SOURCE_KEY = "source_key";

  /** The source path as the user gave it (stored, report doc). */
  public static final String SOURCE = "source";

  /** Size and modification time of the source file when indexed (stored, report doc). */
  public static final String FINGERPRINT = "fingerprint";

  /** Report metadata on the report doc: stored, and doc values for facets and sorting. */
  public static final String TITLE = "title";

  /** SHA-256 of the original file (stored on the report document; absent for bundled texts). */
  public static final String CONTENT_HASH = "content_hash";

  /** The web address a saved page states for itself (stored, optional). */
  public static final String SOURCE_URL = "source_url";

  /** The PDF page a section starts on (stored on section documents, optional). */
  public static final String SECTION_PAGE = "section_page";

  public static final String AGENCY = "agency";
  public static final String COUNTY = "county";

  /**
   * The report's place ({@link org.nianbao.geo.Place}) besides {@link #COUNTY}: names and NBS codes
   * (2, 4, 6 digits). Stored and sorted doc values on the report doc; doc values also on its
   * section docs, like agency, county and year. Absent when unknown.
   */
  public static final String PROVINCE = "province";

  public static final String PROVINCE_CODE = "province_code";
  public static final String CITY = "city";
  public static final String CITY_CODE = "city_code";
  public static final String COUNTY_CODE = "county_code";
  public static final String YEAR = "year";

  /**
   * Marks the last document of each report's block (Lucene's parent field, set by the writer) in an
   * index sorted by year ({@link IndexFormat#YEAR_SORTED}): index sorting keeps blocks whole by it.
   */
  public static final String REPORT_PARENT = "report_parent";

  public static final String WARNINGS = "warnings";
  public static final String SECTION_COUNT = "section_count";

  /** Section number (stored and doc values, section docs). */
  public static final String SECTION_NO = "section_no";

  /**
   * Canonical section topic ({@link org.nianbao.ingest.SectionTopics}: 总体情况, 主动公开 …), stored and
   * sorted doc values on section docs; absent when the heading matches no topic.
   */
  public static final String SECTION_TOPIC = "section_topic";

  /** Section heading text (stored, section docs). */
  public static final String SECTION_TITLE = "section_title";

  /** Subsection labels, titles and offsets as JSON (stored, section docs). */
  public static final String SUBSECTIONS = "subsections";

  /**
   * Section text, stored only (the highlighted field; its marks come from {@link #BODY_BIGRAMS}'s
   * offsets). Indexes built before issue 16's last round also hold smartcn words here; searches no
   * longer read them.
   */
  public static final String BODY = "body";

  /** Section text: unigrams and bigrams with offsets, not stored (exact-substring matching). */
  public static final String BODY_BIGRAMS = "body_bg";

  /**
   * Section text: its three- and four-character Han runs ({@code RunGramFilter}): a phrase of three
   * or four Han characters is one term here, found without reading positions and, since index
   * format 3, scored by its own frequency (with this field's norms). Format 2 indexes hold
   * documents only; indexes built before issue 16's last round lack it and read {@link
   * #BODY_BIGRAMS}.
   */
  public static final String BODY_GRAMS = "body_ng";

  /**
   * The report's title and agency, on the first section doc (as {@link #META_BIGRAMS}): their
   * three- and four-character Han runs with frequencies and norms (index format 4), so the title
   * boost of such a phrase is one term.
   */
  public static final String META_GRAMS = "meta_ng";

  /** Fields analysed into run-grams. */
  public static final List<String> GRAM_FIELDS = List.of(BODY_GRAMS, META_GRAMS);

  /**
   * The report's title and agency, on the first section doc of the block (the preamble, section 0):
   * unigrams and bigrams. A phrase found only in the title therefore matches the preamble, not
   * every section of the report.
   */
  public static final String META_BIGRAMS = "meta_bg";

  /**
   * The report's title alone, on the report doc: unigrams and bigrams with offsets (标题: scope,
   * proximity).
   */
  public static final String TITLE_BIGRAMS = "title_bg";

  /**
   * The report's agency alone, on the report doc: unigrams and bigrams with offsets (机构: scope).
   */
  public static final String AGENCY_BIGRAMS = "agency_bg";

  /** The report's place (today its county), on the report doc: unigrams and bigrams (地区: scope). */
  public static final String PLACE_BIGRAMS = "place_bg";

  /**
   * The report's statistics tables, {@code Statistics.toJson()} on one line (stored, report doc).
   */
  public static final String STATISTICS = "statistics";

  /**
   * The named numbers of the statistics, on the report doc when read: numeric doc values and int
   * points under the same name (本年新收, 上年结转, 办理结果总计, 结转下年度, 行政复议总计, 直接起诉总计, 复议后起诉总计).
   */
  public static final String NEW_REQUESTS = "new_requests";

  public static final String CARRIED_OVER = "carried_over";
  public static final String HANDLED_TOTAL = "handled_total";
  public static final String CARRIED_FORWARD = "carried_forward";
  public static final String REVIEW_TOTAL = "review_total";
  public static final String LITIGATION_DIRECT_TOTAL = "litigation_direct_total";
  public static final String LITIGATION_AFTER_REVIEW_TOTAL = "litigation_after_review_total";

  /** The named-number fields, in the order above. */
  public static final List<String> STAT_NUMBERS =
      List.of(
          NEW_REQUESTS,
          CARRIED_OVER,
          HANDLED_TOTAL,
          CARRIED_FORWARD,
          REVIEW_TOTAL,
          LITIGATION_DIRECT_TOTAL,
          LITIGATION_AFTER_REVIEW_TOTAL);

  /**
   * 1 when a statistics table is in the report but could not be (fully) read, else 0 (numeric doc
   * values and int point, report doc).
   */
  public static final String TABLE_UNREADABLE = "table_unreadable";

  /** Fields analysed with the bigram chain; all other text fields get smartcn. */
  public static final List<String> BIGRAM_FIELDS =
      List.of(BODY_BIGRAMS, META_BIGRAMS, TITLE_BIGRAMS, AGENCY_BIGRAMS, PLACE_BIGRAMS);
}
