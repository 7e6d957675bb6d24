package org.nianbao.search;

import org.apache.lucene.search.join.BitSetProducer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.function.IntFunction;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.nianbao.index.Fields;

/**
 * An {@link IndexSearcher} that also holds what is computed once per reader: the facet fields'
 * global ordinals (at construction) and the {@link IndexStats} (lazily).
 */
final class StatsSearcher extends IndexSearcher {
  private volatile IndexStats stats;
  private final FacetOrdinals ordinals;
  private final ReportColumns columns;
  private final Map<Object, Object> counted =
      Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
          return size() > FACET_CACHE_ENTRIES;
        }
      });

  /** Counting results kept per reader (a new reader after a re-index starts empty); see {@link FacetCounter}. */
  static final int FACET_CACHE_ENTRIES = 1024;

  StatsSearcher(IndexReader reader, BitSetProducer parents) throws IOException {
    super(reader);
    this.ordinals = FacetOrdinals.build(reader); // once per reader, at refresh, not per query
    this.columns = ReportColumns.build(reader, parents, ordinals);
  }

  ReportColumns columns() {
    return columns;
  }

  /** Filters whose section bits are kept (about maxDoc / 8 bytes each: 100 KB at 100,000 reports). */
  static final int FILTER_CACHE_ENTRIES = 32;

  private final Map<FacetFilter, FilterBits> filterBits =
      Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<FacetFilter, FilterBits> eldest) {
          return size() > FILTER_CACHE_ENTRIES;
        }
      });

  /** The sections passing {@code filter} per segment, computed once per segment and kept. */
  IntFunction<ReportFilterQuery.LeafBits> filterBits(FacetFilter filter, ResolvedFilter resolved) {
    return filterBits.computeIfAbsent(filter, f -> new FilterBits(resolved))::leaf;
  }

  private final class FilterBits {
    private static final Object NONE = new Object();
    private final ResolvedFilter filter;
    private final AtomicReferenceArray<Object> leaves =
        new AtomicReferenceArray<>(getIndexReader().leaves().size());

    FilterBits(ResolvedFilter filter) {
      this.filter = filter;
    }

    ReportFilterQuery.LeafBits leaf(int ord) {
      Object v = leaves.get(ord);
      if (v == null) {
        int maxDoc = getIndexReader().leaves().get(ord).reader().maxDoc();
        ReportFilterQuery.LeafBits b = ReportFilterQuery.leafBits(columns.leaf(ord), filter, maxDoc);
        leaves.compareAndSet(ord, null, b == null ? NONE : b);
        v = leaves.get(ord);
      }
      return v == NONE ? null : (ReportFilterQuery.LeafBits) v;
    }
  }

  FacetOrdinals ordinals() {
    return ordinals;
  }

  /** A cached counting result ({@link FacetCounter}'s keys), or null. */
  Object cached(Object key) {
    return counted.get(key);
  }

  void cache(Object key, Object value) {
    counted.put(key, value);
  }

  IndexStats stats() {
    IndexStats s = stats;
    if (s == null) {
      synchronized (this) {
        if (stats == null) {
          stats = compute();
        }
        s = stats;
      }
    }
    return s;
  }

  private IndexStats compute() {
    try {
      long reports = count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));
      long sections = count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SECTION)));
      FixedBitSet counties = new FixedBitSet(Math.max(1, ordinals.counties().valueCount()));
      FixedBitSet agencies = new FixedBitSet(Math.max(1, ordinals.agencies().valueCount()));
      Set<Integer> years = new TreeSet<>();
      for (LeafReaderContext ctx : getIndexReader().leaves()) {
        Bits live = ctx.reader().getLiveDocs();
        mark(DocValues.getSorted(ctx.reader(), Fields.COUNTY), live, ordinals.counties().segmentToGlobal(ctx.ord), counties);
        mark(DocValues.getSorted(ctx.reader(), Fields.AGENCY), live, ordinals.agencies().segmentToGlobal(ctx.ord), agencies);
        NumericDocValues y = DocValues.getNumeric(ctx.reader(), Fields.YEAR);
        for (int d = y.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = y.nextDoc()) {
          if (live == null || live.get(d)) {
            years.add((int) y.longValue());
          }
        }
      }
      return new IndexStats(reports, sections, counties.cardinality(), agencies.cardinality(), List.copyOf(years).reversed());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Marks the global ordinals used by live documents (no string look-ups). */
  private static void mark(SortedDocValues dv, Bits live, LongValues toGlobal, FixedBitSet seen) throws IOException {
    for (int d = dv.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = dv.nextDoc()) {
      if (live == null || live.get(d)) {
        seen.set((int) toGlobal.get(dv.ordValue()));
      }
    }
  }
}
