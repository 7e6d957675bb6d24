package org.nianbao.search.lucene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.nianbao.geo.Place;
import org.nianbao.index.Fields;
import org.nianbao.index.Json;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;

/** Reads reports back from stored fields (the read-side counterpart of {@code ReportDocuments}). */
final class StoredReports {
  private static final TypeReference<List<Subsection>> SUBSECTIONS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  /** A report's metadata as stored on its report document. */
  record Meta(
      String id,
      String title,
      String agency,
      String county,
      Integer year,
      String source,
      List<String> warnings,
      String sourceUrl,
      String contentHash,
      Place place) {
    Meta(
        String id,
        String title,
        String agency,
        String county,
        Integer year,
        String source,
        List<String> warnings) {
      this(id, title, agency, county, year, source, warnings, null, null, Place.ofCounty(county));
    }

    Meta(
        String id,
        String title,
        String agency,
        String county,
        Integer year,
        String source,
        List<String> warnings,
        String sourceUrl,
        String contentHash) {
      this(
          id,
          title,
          agency,
          county,
          year,
          source,
          warnings,
          sourceUrl,
          contentHash,
          Place.ofCounty(county));
    }
  }

  /** A stored section and its document number. */
  record StoredSection(int doc, Section section) {}

  private StoredReports() {}

  static Meta meta(StoredFields stored, int reportDoc) throws IOException {
    Document d = stored.document(reportDoc);
    var yearField = d.getField(Fields.YEAR);
    return new Meta(
        d.get(Fields.REPORT_ID),
        d.get(Fields.TITLE),
        d.get(Fields.AGENCY),
        d.get(Fields.COUNTY),
        yearField == null ? null : yearField.numericValue().intValue(),
        d.get(Fields.SOURCE),
        parse(d.get(Fields.WARNINGS), STRINGS),
        d.get(Fields.SOURCE_URL),
        d.get(Fields.CONTENT_HASH),
        place(d));
  }

  /** The stored place: province, city, county and their codes; {@code null} when none is stored. */
  static Place place(Document d) {
    Place p =
        new Place(
            d.get(Fields.PROVINCE),
            d.get(Fields.PROVINCE_CODE),
            d.get(Fields.CITY),
            d.get(Fields.CITY_CODE),
            d.get(Fields.COUNTY),
            d.get(Fields.COUNTY_CODE));
    return p.isEmpty() ? null : p;
  }

  static Section section(StoredFields stored, int sectionDoc, boolean withText) throws IOException {
    Document d =
        withText
            ? stored.document(sectionDoc)
            : stored.document(
                sectionDoc,
                java.util.Set.of(
                    Fields.SECTION_NO,
                    Fields.SECTION_TOPIC,
                    Fields.SECTION_TITLE,
                    Fields.SECTION_PAGE));
    var page = d.getField(Fields.SECTION_PAGE);
    return new Section(
        d.getField(Fields.SECTION_NO).numericValue().intValue(),
        d.get(Fields.SECTION_TOPIC),
        d.get(Fields.SECTION_TITLE),
        withText ? d.get(Fields.BODY) : "",
        withText ? parse(d.get(Fields.SUBSECTIONS), SUBSECTIONS) : List.of(),
        page == null ? null : page.numericValue().intValue());
  }

  /** The report document of {@code id}, or empty. */
  static Optional<Integer> reportDoc(IndexSearcher searcher, String id) throws IOException {
    ScoreDoc[] hits = searcher.search(byId(id, Fields.TYPE_REPORT), 1).scoreDocs;
    return hits.length == 0 ? Optional.empty() : Optional.of(hits[0].doc);
  }

  /** The section documents of report {@code id}, in report order. */
  static List<StoredSection> sections(IndexSearcher searcher, String id) throws IOException {
    Query q = byId(id, Fields.TYPE_SECTION);
    int n = Math.max(1, searcher.count(q));
    ScoreDoc[] hits = searcher.search(q, n, new Sort(SortField.FIELD_DOC)).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<StoredSection> out = new ArrayList<>(hits.length);
    for (ScoreDoc sd : hits) {
      out.add(new StoredSection(sd.doc, section(stored, sd.doc, true)));
    }
    return out;
  }

  static Report report(Meta m, List<StoredSection> sections) {
    return new Report(
        m.source(),
        m.id(),
        m.title(),
        m.agency(),
        m.place() != null ? m.place() : Place.ofCounty(m.county()),
        m.year(),
        sections.stream().map(StoredSection::section).toList(),
        m.warnings(),
        m.sourceUrl(),
        m.contentHash());
  }

  /** Where the report's file was when it was indexed (never shown; only to serve the original). */
  static Optional<String> sourceKey(IndexSearcher searcher, String id) throws IOException {
    Optional<Integer> doc = reportDoc(searcher, id);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    String key =
        searcher
            .storedFields()
            .document(doc.get(), Set.of(Fields.SOURCE_KEY))
            .get(Fields.SOURCE_KEY);
    return Optional.ofNullable(key);
  }

  private static Query byId(String id, String type) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.REPORT_ID, id)), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.TYPE, type)), Occur.FILTER)
        .build();
  }

  private static <T> T parse(String json, TypeReference<T> type) {
    try {
      return Json.mapper().readValue(json == null ? "[]" : json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt stored JSON: " + json, e);
    }
  }
}
