package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.nianbao.ingest.Report;
import org.nianbao.search.Mark;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.QueryException;
import org.nianbao.search.lucene.query.ReportQueryParser;

/** Loads a whole stored report and, for a query, the ranges of each section's text it matches. */
final class MarkedReports {
  private MarkedReports() {}

  /**
   * The highlight query of raw {@code query} text; null when blank or bad (a bad query marks
   * nothing).
   */
  static Query query(LuceneQueries queries, String query) {
    try {
      return query == null || query.isBlank()
          ? null
          : ReportQueries.highlight(queries, ReportQueryParser.parse(query).root());
    } catch (QueryException e) {
      return null;
    }
  }

  /** The report {@code id} with the matches of {@code highlight} (null: no marks). */
  static Optional<MarkedReport> load(
      IndexSearcher searcher, Highlights highlights, String id, Query highlight)
      throws IOException {
    Optional<Integer> reportDoc = StoredReports.reportDoc(searcher, id);
    if (reportDoc.isEmpty()) {
      return Optional.empty();
    }
    StoredReports.Meta meta = StoredReports.meta(searcher.storedFields(), reportDoc.get());
    List<StoredReports.StoredSection> sections = StoredReports.sections(searcher, id);
    Report report = StoredReports.report(meta, sections);
    Map<Integer, List<Mark>> marks = new LinkedHashMap<>();
    if (highlight != null && !sections.isEmpty()) {
      int[] docs = sections.stream().mapToInt(StoredReports.StoredSection::doc).toArray();
      List<Mark>[] found = highlights.marks(searcher, highlight, docs);
      for (int i = 0; i < docs.length; i++) {
        if (found[i] != null && !found[i].isEmpty()) {
          marks.put(sections.get(i).section().number(), found[i]);
        }
      }
    }
    return Optional.of(
        new MarkedReport(
            report, marks, StoredStatistics.read(searcher.storedFields(), reportDoc.get())));
  }
}
