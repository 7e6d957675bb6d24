package org.nianbao.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.nianbao.geo.Place;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.SectionTopics;
import org.nianbao.stats.Measure;
import org.nianbao.stats.Statistics;
import org.nianbao.stats.StatisticsExtractor;

/** The one converter from a parsed {@link Report} to the Lucene documents of its block. */
public final class ReportDocuments {

  /**
   * Not stored, bigram-analysed, with offsets in the postings: matching, ranking (BM25 over the
   * phrase's bigrams) and, masked under the stored {@link Fields#BODY}, highlighting.
   */
  static final FieldType BIGRAM_TYPE = textType(false);

  /** Not stored, documents only: the run-grams of the section text (index formats 1 and 2). */
  static final FieldType GRAM_TYPE = notStored(IndexOptions.DOCS, true);

  /**
   * Not stored, with frequencies and length norms: the run-grams of the section text, scored as
   * terms ({@link IndexFormat#SCORED_GRAMS}).
   */
  static final FieldType SCORED_GRAM_TYPE = notStored(IndexOptions.DOCS_AND_FREQS, false);

  /** Not stored, for the title/agency bigrams (no offsets needed). */
  static final FieldType META_TYPE = notStored(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false);

  private static FieldType notStored(IndexOptions options, boolean omitNorms) {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(options);
    t.setOmitNorms(omitNorms);
    t.freeze();
    return t;
  }

  private ReportDocuments() {}

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /**
   * Builds the block for one report: one document per section, then the report document last.
   *
   * @param report the parsed report (its id already final)
   * @param baseId the id before any collision suffix
   * @param sourceKey normalised identity of the source file
   * @param fingerprint size and modification time of the source file
   */
  public static List<Document> block(
      Report report, String baseId, String sourceKey, String fingerprint) {
    return block(report, baseId, sourceKey, fingerprint, IndexFormat.CURRENT);
  }

  /**
   * {@link #block} for an index of {@code format} ({@link IndexFormat}): its run-grams have that
   * format's field options, which every document of an index must share.
   */
  public static List<Document> block(
      Report report, String baseId, String sourceKey, String fingerprint, int format) {
    FieldType grams = format >= IndexFormat.SCORED_GRAMS ? SCORED_GRAM_TYPE : GRAM_TYPE;
    List<Section> sections =
        report.sections().isEmpty()
            ? List.of(new Section(0, SectionTopics.OVERVIEW, "", "", List.of()))
            : report.sections();
    List<Document> docs = new ArrayList<>(sections.size() + 1);
    for (Section s : sections) {
      Document d = new Document();
      common(d, report.id(), sourceKey);
      d.add(new StringField(Fields.TYPE, Fields.TYPE_SECTION, Field.Store.NO));
      d.add(new NumericDocValuesField(Fields.SECTION_NO, s.number()));
      // copies of the report's facet values, so filters can run as queries on sections
      if (report.agency() != null) {
        d.add(new SortedDocValuesField(Fields.AGENCY, new BytesRef(report.agency())));
      }
      if (report.county() != null) {
        d.add(new SortedDocValuesField(Fields.COUNTY, new BytesRef(report.county())));
      }
      if (report.year() != null) {
        d.add(new NumericDocValuesField(Fields.YEAR, report.year()));
      }
      for (String[] place : placeValues(report)) {
        d.add(new SortedDocValuesField(place[0], new BytesRef(place[1])));
      }
      if (s.topic() != null) {
        d.add(new StoredField(Fields.SECTION_TOPIC, s.topic()));
        d.add(new SortedDocValuesField(Fields.SECTION_TOPIC, new BytesRef(s.topic())));
      }
      d.add(new StoredField(Fields.SECTION_NO, s.number()));
      d.add(new StoredField(Fields.SECTION_TITLE, s.title()));
      d.add(new SortedDocValuesField(Fields.SECTION_TITLE, new BytesRef(s.title())));
      d.add(new StoredField(Fields.SUBSECTIONS, Json.line(s.subsections())));
      if (s.page() != null) {
        d.add(new StoredField(Fields.SECTION_PAGE, s.page()));
      }
      // the text is stored only: every search runs on its bigrams (smartcn words were indexed for
      // ranking until issue 16 and cost half of the indexing time)
      d.add(new StoredField(Fields.BODY, s.text()));
      d.add(new Field(Fields.BODY_BIGRAMS, s.text(), BIGRAM_TYPE));
      d.add(new Field(Fields.BODY_GRAMS, s.text(), grams));
      if (docs.isEmpty()) { // title and agency belong to the top of the report: its first section
        for (String meta : metaValues(report)) {
          d.add(new Field(Fields.META_BIGRAMS, meta, META_TYPE));
          if (format >= IndexFormat.TITLE_GRAMS) {
            d.add(new Field(Fields.META_GRAMS, meta, SCORED_GRAM_TYPE));
          }
        }
      }
      docs.add(d);
    }
    Document r = new Document();
    common(r, report.id(), sourceKey);
    r.add(new StringField(Fields.TYPE, Fields.TYPE_REPORT, Field.Store.NO));
    r.add(new StringField(Fields.BASE_ID, baseId, Field.Store.YES));
    r.add(new StoredField(Fields.SOURCE_KEY, sourceKey));
    r.add(new StoredField(Fields.SOURCE, report.source()));
    // result lists read report metadata from doc values: no stored-field decompression per hit
    r.add(new SortedDocValuesField(Fields.REPORT_ID_DV, new BytesRef(report.id())));
    r.add(new BinaryDocValuesField(Fields.SOURCE, new BytesRef(report.source())));
    r.add(
        new BinaryDocValuesField(
            Fields.TITLE, new BytesRef(report.title() == null ? "" : report.title())));
    r.add(new StoredField(Fields.FINGERPRINT, fingerprint));
    r.add(new StoredField(Fields.TITLE, report.title()));
    // report-level query scopes and proximity in the title/agency (one value each: no cross-value
    // match)
    if (report.title() != null) {
      r.add(new Field(Fields.TITLE_BIGRAMS, report.title(), BIGRAM_TYPE));
    }
    if (report.agency() != null) {
      r.add(new Field(Fields.AGENCY_BIGRAMS, report.agency(), BIGRAM_TYPE));
    }
    if (report.county() != null) {
      r.add(new Field(Fields.PLACE_BIGRAMS, report.county(), BIGRAM_TYPE));
    }
    r.add(new StoredField(Fields.SECTION_COUNT, sections.size()));
    r.add(new StoredField(Fields.WARNINGS, Json.line(report.warnings())));
    if (report.contentHash() != null) {
      r.add(new StoredField(Fields.CONTENT_HASH, report.contentHash()));
    }
    if (report.sourceUrl() != null) {
      r.add(new StoredField(Fields.SOURCE_URL, report.sourceUrl()));
    }
    if (report.agency() != null) {
      r.add(new StoredField(Fields.AGENCY, report.agency()));
      r.add(new SortedDocValuesField(Fields.AGENCY, new BytesRef(report.agency())));
    }
    if (report.county() != null) {
      r.add(new StoredField(Fields.COUNTY, report.county()));
      r.add(new SortedDocValuesField(Fields.COUNTY, new BytesRef(report.county())));
    }
    if (report.year() != null) {
      r.add(new StoredField(Fields.YEAR, report.year()));
      r.add(new NumericDocValuesField(Fields.YEAR, report.year()));
    }
    for (String[] place : placeValues(report)) {
      r.add(new StoredField(place[0], place[1]));
      r.add(new SortedDocValuesField(place[0], new BytesRef(place[1])));
    }
    statistics(r, StatisticsExtractor.extract(report));
    docs.add(r);
    return docs;
  }

  /**
   * The texts the analysis limit of {@code bench analysis} segments with stock smartcn besides the
   * index's own texts: each section's text, then the title and agency (as the index did until it
   * stopped indexing smartcn words). The limit is the yardstick (smartcn + bigrams over the
   * files) and stays fixed when the index design changes.
   */
  public static List<String> smartcnTexts(Report report) {
    List<String> out = new ArrayList<>();
    for (Section s : report.sections()) {
      out.add(s.text());
    }
    out.addAll(metaValues(report));
    return out;
  }

  /**
   * The (field, text) pairs of {@code report}'s block that the indexer runs through an analyzer, in
   * block order: exactly the text whose analysis bounds indexing speed ({@code bench analysis}).
   */
  public static List<String[]> analysedTexts(Report report) {
    List<String[]> out = new ArrayList<>();
    for (Document d : block(report, report.id(), "", "")) {
      for (var f : d.getFields()) {
        if (f.fieldType().indexOptions() != IndexOptions.NONE
            && f.fieldType().tokenized()
            && f.stringValue() != null) {
          out.add(new String[] {f.name(), f.stringValue()});
        }
      }
    }
    return out;
  }

  /** (field, value) pairs of the report's place besides the county: names and codes. */
  private static List<String[]> placeValues(Report report) {
    Place p = report.place();
    List<String[]> values = new ArrayList<>(5);
    if (p == null) {
      return values;
    }
    String[][] all = {
      {Fields.PROVINCE, p.province()},
      {Fields.PROVINCE_CODE, p.provinceCode()},
      {Fields.CITY, p.city()},
      {Fields.CITY_CODE, p.cityCode()},
      {Fields.COUNTY_CODE, p.countyCode()}
    };
    for (String[] v : all) {
      if (v[1] != null) {
        values.add(v);
      }
    }
    return values;
  }

  /** The statistics as stored JSON, every {@link Measure} read as doc values and a point. */
  private static void statistics(Document r, Statistics stats) {
    r.add(new StoredField(Fields.STATISTICS, Json.line(stats.toJson())));
    for (Measure m : Measure.values()) {
      Integer value = m.of(stats);
      if (value != null) {
        r.add(new NumericDocValuesField(m.key(), value));
        r.add(new IntPoint(m.key(), value));
      }
    }
    int unreadable = stats.warnings().isEmpty() ? 0 : 1;
    r.add(new NumericDocValuesField(Fields.TABLE_UNREADABLE, unreadable));
    r.add(new IntPoint(Fields.TABLE_UNREADABLE, unreadable));
  }

  private static List<String> metaValues(Report report) {
    List<String> values = new ArrayList<>(2);
    if (report.title() != null && !report.title().isEmpty()) {
      values.add(report.title());
    }
    if (report.agency() != null
        && (report.title() == null || !report.title().contains(report.agency()))) {
      values.add(report.agency());
    }
    return values;
  }

  private static void common(Document d, String reportId, String sourceKey) {
    d.add(new StringField(Fields.REPORT_ID, reportId, Field.Store.YES));
    d.add(new StringField(Fields.SOURCE_KEY, sourceKey, Field.Store.NO));
  }
}
