package org.nianbao.search.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.join.BitSetProducer;
import org.nianbao.index.Fields;
import org.nianbao.index.IndexFormat;
import org.nianbao.search.IndexStats;

/**
 * An {@link IndexSearcher} that also holds what is computed once per reader: the facet fields'
 * global ordinals (at construction) and the {@link IndexStats} (lazily).
 */
final class StatsSearcher extends IndexSearcher {
  private final Lazy<IndexStats> stats = new Lazy<>(() -> IndexCounts.compute(this, ordinals()));
  private final FacetOrdinals ordinals;
  private final ReportColumns columns;
  private final BodyNorms norms;
  private final BodyNorms gramNorms;
  private final MeasureColumns measures;
  private final SearchCache cache;
  private final long generation;
  private final int format;

  StatsSearcher(IndexReader reader, BitSetProducer parents, SearchCache cache) throws IOException {
    super(reader);
    // no shared query cache: the reader cache holds what searches reuse (leaf hits, counts); it
    // would cost a look-up per clause and segment and up to a twentieth of the heap
    setQueryCache(null);
    this.format = IndexFormat.of(reader);
    this.cache = cache;
    this.generation = cache.newGeneration();
    this.ordinals = FacetOrdinals.build(reader); // once per reader, at refresh, not per query
    this.columns = ReportColumns.build(reader, parents, ordinals);
    this.norms = new BodyNorms(reader, Fields.BODY_BIGRAMS);
    this.gramNorms = new BodyNorms(reader, Fields.BODY_GRAMS);
    this.measures = new MeasureColumns(reader, columns);
  }

  /** Whether every document has run-grams ({@link Fields#BODY_GRAMS}): phrases as one term. */
  boolean runGrams() {
    return format >= IndexFormat.RUN_GRAMS;
  }

  /** Whether run-grams also have frequencies and norms, so such a phrase scores as one term. */
  boolean scoredGrams() {
    return format >= IndexFormat.SCORED_GRAMS;
  }

  int format() {
    return format;
  }

  private final Lazy<PlaceNodes> placeNodes =
      new Lazy<>(
          () -> {
            try {
              return PlaceNodes.of(ordinals(), columns().places());
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });

  /** The place tree's nodes of this reader's reports (built on first use). */
  PlaceNodes placeNodes() {
    return placeNodes.get();
  }

  private final ConcurrentHashMap<Object, Object> once = new ConcurrentHashMap<>();

  /**
   * The value {@code compute} gives for this reader under {@code key}, computed on first use and
   * kept with the reader: for what every search may reuse (unlike {@link #cached}, never evicted).
   */
  @SuppressWarnings("unchecked")
  <T> T once(Object key, Function<StatsSearcher, T> compute) {
    return (T) once.computeIfAbsent(key, k -> compute.apply(this));
  }

  /** {@code filter} resolved against this reader. */
  ResolvedFilter resolve(FacetFilter filter) throws IOException {
    return ResolvedFilter.of(filter, ordinals, measures);
  }

  /** The statistics measures of this reader's reports, read as they are first needed. */
  MeasureColumns measures() {
    return measures;
  }

  /**
   * The length norms of section text field {@code field} (its bigrams or its run-grams), one byte
   * per document (read per segment on first use).
   */
  BodyNorms norms(String field) {
    return Fields.BODY_GRAMS.equals(field) ? gramNorms : norms;
  }

  ReportColumns columns() {
    return columns;
  }

  /** The sections passing {@code filter} per segment, computed once per segment and kept. */
  IntFunction<ReportFilterQuery.LeafBits> filterBits(FacetFilter filter, ResolvedFilter resolved) {
    return cache.<FilterBits>get(generation, filter, f -> new FilterBits(resolved))::leaf;
  }

  /** {@code query} restricted to the sections passing {@code filter}. */
  Query filtered(Query query, FacetFilter filter) throws IOException {
    if (filter.isEmpty()) {
      return query;
    }
    ResolvedFilter resolved = resolve(filter);
    ReportFilterQuery f = new ReportFilterQuery(columns, resolved, filterBits(filter, resolved));
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(f, Occur.FILTER).build();
  }

  /**
   * Runs {@code collector} over all leaves, in order (the report collectors group a report's
   * sections, which sit in one segment, and must see every match): this searcher has no executor.
   */
  <C extends Collector> C collect(Query query, C collector) throws IOException {
    return search(
        query,
        new CollectorManager<C, C>() {
          @Override
          public C newCollector() {
            return collector;
          }

          @Override
          public C reduce(Collection<C> collectors) {
            return collector;
          }
        });
  }

  /** A filter's section bits, per segment, filled as segments are searched. */
  private final class FilterBits implements SearchCache.Weighed {
    private static final Object NONE = new Object();
    private final ResolvedFilter filter;
    private final AtomicReferenceArray<Object> leaves =
        new AtomicReferenceArray<>(getIndexReader().leaves().size());

    FilterBits(ResolvedFilter filter) {
      this.filter = filter;
    }

    @Override
    public long bytes() { // what the bits take once every segment was searched
      return 64 + getIndexReader().maxDoc() / 8 + 32L * getIndexReader().leaves().size();
    }

    ReportFilterQuery.LeafBits leaf(int ord) {
      Object v = leaves.get(ord);
      if (v == null) {
        int maxDoc = getIndexReader().leaves().get(ord).reader().maxDoc();
        ReportFilterQuery.LeafBits b =
            ReportFilterQuery.leafBits(columns.leaf(ord), filter, maxDoc);
        leaves.compareAndSet(ord, null, b == null ? NONE : b);
        v = leaves.get(ord);
      }
      return v == NONE ? null : (ReportFilterQuery.LeafBits) v;
    }
  }

  FacetOrdinals ordinals() {
    return ordinals;
  }

  /**
   * A cached value computed on this reader ({@link FacetCounter}'s and the result pages' keys), or
   * null.
   */
  <V extends SearchCache.Weighed> V cached(Object key) {
    return cache.get(generation, key);
  }

  /** Caches {@code value}, unless the current search stopped early (then it may be incomplete). */
  void cache(Object key, SearchCache.Weighed value) {
    if (Deadline.current().fired()) {
      return;
    }
    cache.put(generation, key, value);
  }

  IndexStats stats() {
    return stats.get();
  }
}
