package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SectionHit;
import org.nianbao.search.Snippet;
import org.nianbao.search.SortOrder;

/** Assembles a result page: the chosen reports' metadata and matching sections, with snippets. */
final class ResultPages {
  private ResultPages() {}

  /** A result page as cached; the query text, timing and notices come from each request. */
  record Page(
      long total, long totalSections, List<ReportHit> hits, Map<Facet, List<FacetValue>> facets)
      implements SearchCache.Weighed {

    /**
     * The results; {@code partial}: the search stopped at its deadline (and {@link Deadline#NOTICE}
     * says so); {@code sort}: the order applied; {@code rankable}: whether relevance was on offer.
     */
    SearchResults results(
        SearchRequest request,
        long tookMs,
        List<String> notices,
        boolean partial,
        SortOrder sort,
        boolean rankable) {
      List<String> all =
          partial
              ? java.util.stream.Stream.concat(
                      notices.stream(), java.util.stream.Stream.of(Deadline.NOTICE))
                  .toList()
              : notices;
      return new SearchResults(
          request.query(),
          total,
          totalSections,
          request.page(),
          request.size(),
          tookMs,
          hits,
          facets,
          all,
          partial,
          sort,
          rankable);
    }

    @Override
    public long bytes() {
      return 64
          + SearchCache.hitBytes(hits)
          + facets.values().stream().mapToLong(SearchCache::facetBytes).sum();
    }
  }

  /** Page {@code page} (1-based, {@code size} reports) of the ranked matches {@code m}. */
  static Page page(
      StatsSearcher searcher, Highlights highlights, RankedMatches.Result m, int page, int size)
      throws IOException {
    List<ReportCollector.Candidate> onPage =
        m.top().subList(Math.min(m.top().size(), (page - 1) * size), m.top().size());
    return page(searcher, highlights, m.highlight(), onPage, m.pass(), m.measure());
  }

  /**
   * The page of {@code candidates} with the totals and facets of {@code pass}; sections and
   * snippets only when there is a query ({@code highlight} non-null), snippets only for the
   * sections {@link Highlights#toHighlight} chooses; each hit with its value of {@code measure} (a
   * key, or {@code null}).
   */
  static Page page(
      StatsSearcher searcher,
      Highlights highlights,
      Query highlight,
      List<ReportCollector.Candidate> candidates,
      FacetPass pass,
      String measure)
      throws IOException {
    int[] docs =
        Highlights.toHighlight(
            candidates.stream().map(ReportCollector.Candidate::sectionDocs).toList());
    Map<Integer, List<Snippet>> snippets =
        highlight == null ? Map.of() : highlights.snippets(searcher, highlight, docs);
    IndexReader reader = searcher.getIndexReader();
    List<ReportHit> hits = new ArrayList<>(candidates.size());
    for (ReportCollector.Candidate c : candidates) {
      StoredReports.Meta m = ResultMetadata.report(searcher, c.reportDoc());
      List<SectionHit> sections = new ArrayList<>();
      if (highlight != null) {
        for (int doc : c.sectionDocs()) {
          ResultMetadata.SectionHead s = ResultMetadata.section(searcher, doc);
          sections.add(
              new SectionHit(s.number(), s.title(), snippets.getOrDefault(doc, List.of())));
        }
      }
      hits.add(
          new ReportHit(
              m.id(),
              m.title(),
              m.agency(),
              m.county(),
              m.year(),
              m.source(),
              sections,
              measure == null ? null : ResultMetadata.measure(reader, c.reportDoc(), measure)));
    }
    return new Page(pass.totalReports(), pass.totalSections(), List.copyOf(hits), pass.facets());
  }
}
