package org.nianbao.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.analysis.Analyzers;
import org.nianbao.index.Fields;
import org.nianbao.ingest.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SearchService} over a Lucene index directory. It only reads; a background thread checks
 * every second for a commit made by a separate {@code index} process and switches to it.
 */
public final class LuceneSearchService implements SearchService {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchService.class);

  /** The deepest result reachable by paging: page × size. */
  public static final int MAX_WINDOW = 100_000;

  static final int SNIPPETS_PER_SECTION = 3;
  private static final int MAX_HIGHLIGHT_CHARS = 2_000_000;

  private final Directory dir;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;
  private static final BitSetProducer PARENTS =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));
  private final Analyzer indexAnalyzer = Analyzers.forIndexing(Fields.BIGRAM_FIELDS);
  private final LuceneQueries queries = new LuceneQueries();

  /**
   * Whether counting passes are cached per reader ({@code -Dnianbao.facet-cache=false} turns it
   * off, e.g. to benchmark the uncached path).
   */
  private final boolean facetCache = Boolean.parseBoolean(System.getProperty("nianbao.facet-cache", "true"));

  /**
   * Whether whole result pages are cached per reader, like Solr's query result cache: a repeated
   * search (back button, a shared link, a popular query) costs a map look-up. {@code
   * -Dnianbao.result-cache=false} turns it off.
   */
  private final boolean resultCache = Boolean.parseBoolean(System.getProperty("nianbao.result-cache", "true"));

  /** Larger pages are not cached (a page of 500 reports with snippets is about a megabyte). */
  private static final int MAX_CACHED_PAGE = 50;

  /** A result page in the cache: the parsed query, selections, sort and page. */
  private record ResultKey(UserQuery query, FacetFilter filter, SortOrder sort, int page, int size) {}

  /** What a cached page holds; the query text, timing and notices come from each request. */
  private record ResultPage(long total, long totalSections, List<ReportHit> hits, Map<String, List<FacetValue>> facets) {
    SearchResults results(String query, int page, int size, long tookMs, List<String> notices) {
      return new SearchResults(query, total, totalSections, page, size, tookMs, hits, facets, notices);
    }
  }

  private LuceneSearchService(Directory dir, SearcherManager manager) {
    this.dir = dir;
    this.manager = manager;
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "index-refresh");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(this::refresh, 1, 1, TimeUnit.SECONDS);
    refresher.schedule(this::warmUp, WARM_UP_DELAY_MS, TimeUnit.MILLISECONDS);
  }

  /**
   * Delay before the warm-up: right after opening it would compete for the CPU with the first
   * real search (start-up of {@code serve} is measured to that answer), so it waits, and is
   * skipped when a search has come in by then.
   */
  private static final long WARM_UP_DELAY_MS = 1500;

  /** Whether any search has run (then no warm-up is needed). */
  private volatile boolean searched;

  /**
   * Loads what the first real search would otherwise wait for (the smartcn dictionary, index
   * statistics, JIT of the search path) on the background thread, if no search has come in.
   */
  private void warmUp() {
    if (searched) {
      return;
    }
    try {
      stats();
      search(SearchRequest.of("微信公众号 -抖音"));
    } catch (QueryException | RuntimeException e) {
      LOG.debug("warm-up search failed: {}", e.toString());
    }
  }

  /** Opens the index in {@code indexDir} for reading. */
  public static LuceneSearchService open(Path indexDir) {
    Directory dir = null;
    try {
      dir = FSDirectory.open(indexDir);
      if (!DirectoryReader.indexExists(dir)) {
        throw new IndexMissingException(
            "索引不存在：" + indexDir + "（请先运行 nianbao index 建立索引）", null);
      }
      SearcherManager manager =
          new SearcherManager(
              dir,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                  return new StatsSearcher(reader, PARENTS);
                }
              });
      return new LuceneSearchService(dir, manager);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexMissingException("无法读取索引 " + indexDir + "：" + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  /**
   * Runs the ranking of a search while its thread counts: one worker per core; when all are busy
   * the searching thread ranks itself (so a loaded server queues nothing extra).
   */
  private final ExecutorService ranker = new ThreadPoolExecutor(
      Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
      30, TimeUnit.SECONDS, new SynchronousQueue<>(),
      r -> {
        Thread t = new Thread(r, "ranking");
        t.setDaemon(true);
        return t;
      },
      new ThreadPoolExecutor.CallerRunsPolicy());

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while ranking", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Checks for a new commit now (also done every second in the background). */
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not refresh the index reader: {}", e.toString());
    }
  }

  @Override
  public SearchResults search(SearchRequest request) throws QueryException {
    long start = System.nanoTime();
    searched = true;
    List<String> notices = new ArrayList<>();
    int size = request.size();
    if (size < 1) {
      throw new QueryException("size 必须是 1 到 " + SearchRequest.MAX_SIZE + " 之间的整数");
    }
    if (size > SearchRequest.MAX_SIZE) {
      notices.add("每页最多显示 " + SearchRequest.MAX_SIZE + " 份报告，已按 " + SearchRequest.MAX_SIZE + " 份显示");
      size = SearchRequest.MAX_SIZE;
    }
    int page = request.page();
    if (page < 1) {
      throw new QueryException("page 必须是正整数");
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new QueryException("页码太大：最多只能翻到第 " + MAX_WINDOW + " 份报告");
    }
    UserQuery parsed = UserQueryParser.parse(request.query());
    SortOrder sort = parsed.isEmpty() && request.sort() == SortOrder.RELEVANCE ? SortOrder.NEWEST : request.sort();
    FacetFilter filter = FacetFilter.of(request);
    IndexSearcher searcher = acquire();
    try {
      StatsSearcher stats = (StatsSearcher) searcher;
      ResultKey key = new ResultKey(parsed, filter, sort, page, size);
      boolean cacheable = resultCache && size <= MAX_CACHED_PAGE;
      ResultPage cached = cacheable ? (ResultPage) stats.cached(key) : null;
      if (cached != null) {
        return cached.results(request.query(), page, size, (System.nanoTime() - start) / 1_000_000, notices);
      }
      Query query = queries.build(parsed);
      int keep = page * size;
      // pass 1: totals and drill-sideways facets without scores (cached per reader; independent
      // of page and sort); pass 2: rank only what the page needs
      FacetCounter counter = new FacetCounter(stats, facetCache);
      TopReports ranking = new TopReports(stats, PARENTS, counter, query == null ? LuceneQueries.allSections() : query, filter);
      // by relevance, ranking does not need the counts: it runs on another core meanwhile
      // (or right here first, when every worker is busy)
      Future<List<ReportCollector.Candidate>> ranked = query != null && sort == SortOrder.RELEVANCE
          ? ranker.submit(() -> ranking.byRelevance(keep, Long.MAX_VALUE))
          : null;
      FacetPass pass = counter.count(parsed, query, filter);
      List<ReportCollector.Candidate> top = ranked != null
          ? await(ranked)
          : ranking.byYear(sort, keep, pass.hitsByYear(), pass.totalReports());
      List<ReportCollector.Candidate> pageHits =
          top.subList(Math.min(top.size(), (page - 1) * size), top.size());
      List<ReportHit> hits = hits(searcher, query == null ? null : queries.highlight(parsed), query != null, pageHits);
      ResultPage result = new ResultPage(pass.totalReports(), pass.totalSections(), List.copyOf(hits), pass.facets());
      if (cacheable) {
        stats.cache(key, result);
      }
      return result.results(request.query(), page, size, (System.nanoTime() - start) / 1_000_000, notices);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  private List<ReportHit> hits(
      IndexSearcher searcher, Query highlight, boolean withSections, List<ReportCollector.Candidate> candidates)
      throws IOException {
    Map<Integer, List<String>> snippets = highlight == null ? Map.of() : snippets(searcher, highlight, candidates);
    IndexReader reader = searcher.getIndexReader();
    List<ReportHit> hits = new ArrayList<>(candidates.size());
    for (ReportCollector.Candidate c : candidates) {
      StoredReports.Meta m = ResultMetadata.report(reader, c.reportDoc());
      String url = reportUrl(m.id());
      List<SectionHit> sections = new ArrayList<>();
      if (withSections) {
        for (int doc : c.sectionDocs()) {
          ResultMetadata.SectionHead s = ResultMetadata.section(reader, doc);
          sections.add(new SectionHit(s.number(), s.title(), url + "#s" + s.number(), snippets.getOrDefault(doc, List.of())));
        }
      }
      hits.add(new ReportHit(m.id(), m.title(), m.agency(), m.county(), m.year(), m.source(), url, sections));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  private Map<Integer, List<String>> snippets(IndexSearcher searcher, Query query, List<ReportCollector.Candidate> candidates)
      throws IOException {
    int[] docs = candidates.stream().flatMapToInt(c -> Arrays.stream(c.sectionDocs())).sorted().toArray();
    if (docs.length == 0) {
      return Map.of();
    }
    Object[] out =
        highlighter(searcher, new SnippetFormatter(), false)
            .highlight(Fields.BODY, query, docs, SNIPPETS_PER_SECTION);
    Map<Integer, List<String>> byDoc = new LinkedHashMap<>();
    for (int i = 0; i < docs.length; i++) {
      byDoc.put(docs[i], out[i] == null ? List.of() : (List<String>) out[i]);
    }
    return byDoc;
  }

  private ObjectHighlighter highlighter(IndexSearcher searcher, PassageFormatter formatter, boolean whole) {
    return new ObjectHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withMaskedFieldsFunc(f -> Fields.BODY.equals(f) ? Set.of(Fields.BODY_BIGRAMS) : Set.of())
        .withFormatter(formatter)
        .withBreakIterator(whole ? WholeBreakIterator::new : SentenceBreakIterator::new)
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withMaxNoHighlightPassages(whole ? 0 : 1));
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<MarkedReport> report(String id, String query) {
    if (id == null || id.isEmpty() || id.length() > 300) {
      return Optional.empty();
    }
    IndexSearcher searcher = acquire();
    try {
      Optional<Integer> reportDoc = StoredReports.reportDoc(searcher, id);
      if (reportDoc.isEmpty()) {
        return Optional.empty();
      }
      StoredReports.Meta meta = StoredReports.meta(searcher.storedFields(), reportDoc.get());
      List<StoredReports.StoredSection> sections = StoredReports.sections(searcher, id);
      Report report = StoredReports.report(meta, sections);
      Map<Integer, List<Mark>> marks = new LinkedHashMap<>();
      Query q = markQuery(query);
      if (q != null && !sections.isEmpty()) {
        int[] docs = sections.stream().mapToInt(StoredReports.StoredSection::doc).toArray();
        Object[] out =
            highlighter(searcher, new MarksFormatter(), true).highlight(Fields.BODY, q, docs, 1);
        for (int i = 0; i < docs.length; i++) {
          if (out[i] != null && !((List<Mark>) out[i]).isEmpty()) {
            marks.put(sections.get(i).section().number(), (List<Mark>) out[i]);
          }
        }
      }
      return Optional.of(new MarkedReport(report, marks));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  private Query markQuery(String query) {
    if (query == null || query.isBlank()) {
      return null;
    }
    try {
      return queries.highlight(UserQueryParser.parse(query));
    } catch (QueryException e) {
      return null;
    }
  }

  @Override
  public IndexStats stats() {
    IndexSearcher searcher = acquire();
    try {
      return ((StatsSearcher) searcher).stats();
    } finally {
      release(searcher);
    }
  }

  /** The URL path of a report page: {@code /reports/{id}} with the id percent-encoded. */
  public static String reportUrl(String id) {
    return "/reports/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private IndexSearcher acquire() {
    try {
      return manager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      manager.release(searcher);
    } catch (IOException e) {
      LOG.warn("could not release a searcher: {}", e.toString());
    }
  }

  /**
   * Runs one collector over all leaves, in order (the report collectors group a report's sections,
   * which sit in one segment, and must see every match): the searchers have no executor.
   */
  static <C extends Collector> CollectorManager<C, C> single(C c) {
    return new CollectorManager<>() {
      private boolean used;

      @Override
      public C newCollector() {
        if (used) {
          throw new IllegalStateException(c.getClass().getSimpleName() + " needs a searcher without an executor");
        }
        used = true;
        return c;
      }

      @Override
      public C reduce(java.util.Collection<C> collectors) {
        return c;
      }
    };
  }

  @Override
  public void close() {
    refresher.shutdownNow();
    ranker.shutdown();
    try {
      manager.close();
    } catch (IOException e) {
      LOG.warn("could not close the searcher manager: {}", e.toString());
    }
    closeQuietly(dir);
  }

  private static void closeQuietly(Directory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // closing after a failure; the first error is what matters
      }
    }
  }
}
