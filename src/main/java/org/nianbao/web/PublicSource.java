package org.nianbao.web;

import org.nianbao.ingest.Report;
import org.nianbao.search.MarkedReport;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchResults;

/**
 * The {@code source} the public API shows: the path within the indexed folder, as new indexes store
 * it. Indexes built before stored the server's absolute path; of those only the file name is shown
 * (the full path is for the CLI).
 */
final class PublicSource {
  private PublicSource() {}

  static String of(String source) {
    if (source == null || !absolute(source)) {
      return source;
    }
    return ReportPages.fileName(source);
  }

  private static boolean absolute(String s) {
    return s.startsWith("/")
        || s.startsWith("\\")
        || s.startsWith("~")
        || (s.length() > 2 && Character.isLetter(s.charAt(0)) && s.charAt(1) == ':');
  }

  static SearchResults of(SearchResults r) {
    if (r.results().stream().noneMatch(h -> h.source() != null && absolute(h.source()))) {
      return r;
    }
    return new SearchResults(
        r.query(),
        r.total(),
        r.totalSections(),
        r.page(),
        r.size(),
        r.tookMs(),
        r.results().stream()
            .map(
                h ->
                    new ReportHit(
                        h.id(),
                        h.title(),
                        h.agency(),
                        h.county(),
                        h.year(),
                        of(h.source()),
                        h.sections(),
                        h.measureValue()))
            .toList(),
        r.facets(),
        r.notices(),
        r.partial(),
        r.sort(),
        r.rankable());
  }

  static MarkedReport of(MarkedReport m) {
    Report r = m.report();
    if (r.source() == null || !absolute(r.source())) {
      return m;
    }
    return new MarkedReport(r.withSource(of(r.source())), m.marks(), m.statistics());
  }
}
