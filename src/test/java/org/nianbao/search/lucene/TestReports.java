package org.nianbao.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.nianbao.generate.CorpusGenerator;
import org.nianbao.generate.GeneratedReport;
import org.nianbao.index.Fields;
import org.nianbao.index.IndexUnavailableException;
import org.nianbao.index.NianbaoCodec;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.search.SearchRequest;

/** Builds small synthetic reports and indexes for search tests. */
final class TestReports {
  private TestReports() {}

  /** A report whose section i+1 has text {@code texts[i]} (section 0 is a short preamble). */
  static Report report(String agency, String county, Integer year, String... texts) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(0, "概述", "", "本报告由" + agency + "编制。", List.of()));
    for (int i = 0; i < texts.length; i++) {
      sections.add(new Section(i + 1, null, "第" + (i + 1) + "部分", texts[i], List.of()));
    }
    String title = agency + (year == null ? "" : year + "年") + "政府信息公开工作年度报告";
    return new Report(
        "/data/" + agency + year + ".txt",
        year + "-" + agency,
        title,
        agency,
        org.nianbao.geo.Place.ofCounty(county),
        year,
        sections,
        List.of());
  }

  static void index(Path dir, Report... reports) throws IOException, IndexUnavailableException {
    try (ReportIndexer indexer = ReportIndexer.open(dir)) {
      List<String> keys = new ArrayList<>();
      for (Report r : reports) {
        keys.add("/keys/" + r.source());
      }
      indexer.addAll(List.of(reports), keys, "fp"); // one reader: add() flushes a segment each
      indexer.commit();
    }
  }

  /**
   * Writes {@code reports} generated reports (seed {@code seed}) under {@code dir}/corpus and
   * indexes them into {@code dir}/index with two threads; returns the index folder.
   */
  static Path generatedIndex(Path dir, long seed, int reports) throws Exception {
    Path corpus = dir.resolve("corpus");
    CorpusGenerator gen = new CorpusGenerator(seed);
    for (int i = 0; i < reports; i++) {
      GeneratedReport r = gen.generate(i);
      Path f = corpus.resolve(r.path());
      Files.createDirectories(f.getParent());
      Files.write(f, r.bytes());
    }
    Path index = dir.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      assertThat(indexer.index(List.of(corpus), false, ProgressListener.NONE).skipped()).isEmpty();
    }
    return index;
  }

  /**
   * Deletes every {@code step}-th report (by id order) of the index in {@code dir}, after merging
   * it into one segment when {@code merge}.
   */
  static void deleteEvery(Directory dir, int step, boolean merge) throws Exception {
    List<BytesRef> ids = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(dir)) {
      TermsEnum te = MultiTerms.getTerms(r, Fields.REPORT_ID).iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        ids.add(BytesRef.deepCopyOf(t));
      }
    }
    // the codec the indexer writes with, so that a merge leaves the format searches meet
    IndexWriterConfig config = new IndexWriterConfig().setCodec(new NianbaoCodec());
    org.nianbao.index.ReportIndexer.sortByYear(config); // as the indexer wrote it
    try (IndexWriter w = new IndexWriter(dir, config)) {
      if (merge) {
        w.forceMerge(1);
      }
      for (int i = 0; i < ids.size(); i += step) {
        w.deleteDocuments(new Term(Fields.REPORT_ID, ids.get(i)));
      }
    }
  }

  static SearchRequest request(String q) {
    return SearchRequest.of(q);
  }

  /** A generated index opened for reading (see {@link #openGenerated}); closes both. */
  record Opened(org.apache.lucene.store.FSDirectory dir, DirectoryReader reader)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      reader.close();
      dir.close();
    }
  }

  /**
   * {@link #generatedIndex} of {@code reports} reports (seed {@code seed}) under {@code dir}, every
   * {@code step}-th deleted ({@link #deleteEvery}, merged first when {@code merge}), opened.
   */
  static Opened openGenerated(Path dir, long seed, int reports, int step, boolean merge)
      throws Exception {
    var fs = org.apache.lucene.store.FSDirectory.open(generatedIndex(dir, seed, reports));
    deleteEvery(fs, step, merge);
    return new Opened(fs, DirectoryReader.open(fs));
  }

  /** The county with the most reports in {@code searcher}'s index. */
  static String firstCounty(StatsSearcher searcher) throws IOException {
    return new FacetCounter(searcher, false, null)
        .count(null, null, FacetFilter.none())
        .facets()
        .get(org.nianbao.search.Facet.COUNTY)
        .get(0)
        .value();
  }

  /**
   * {@code q} as ranked by relevance, page 1 of 10: without a filter, in {@code county}, in 2021,
   * and in sections 2 and 3.
   */
  static List<SearchRequest> filterVariants(String q, String county) {
    return List.of(
        variant(q, List.of(), List.of(), List.of()),
        variant(q, List.of(county), List.of(), List.of()),
        variant(q, List.of(), List.of(2021), List.of()),
        variant(q, List.of(), List.of(), List.of(2, 3)));
  }

  private static SearchRequest variant(
      String q, List<String> counties, List<Integer> years, List<Integer> sections) {
    return new SearchRequest(
        q, counties, List.of(), years, sections, org.nianbao.search.SortOrder.RELEVANCE, 1, 10);
  }
}
