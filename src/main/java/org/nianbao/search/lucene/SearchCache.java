package org.nianbao.search.lucene;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.nianbao.search.FacetValue;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SectionHit;
import org.nianbao.search.Snippet;

/**
 * Every cache of the search side in one Caffeine cache bounded by weight (approximate bytes):
 * counting passes, facet lists, filter bits and result pages. Entries are keyed by the reader
 * generation they were computed on; a new reader (a re-index picked up) drops all but the previous
 * generation, which requests in flight may still use.
 */
final class SearchCache {
  /** What a cached value weighs, in approximate bytes. */
  interface Weighed {
    long bytes();
  }

  private record Key(long generation, Object key) {}

  private final Cache<Key, Weighed> cache;
  private final long budget;
  private final AtomicLong generations = new AtomicLong();

  SearchCache(long budgetBytes, Executor maintenance) {
    this.budget = budgetBytes;
    this.cache =
        Caffeine.newBuilder()
            .maximumWeight(budgetBytes)
            .weigher((Key k, Weighed v) -> (int) Math.min(Integer.MAX_VALUE, 64 + v.bytes()))
            .executor(maintenance)
            .build();
  }

  /** A generation for a newly opened reader; entries older than the previous one are dropped. */
  long newGeneration() {
    long g = generations.incrementAndGet();
    cache.asMap().keySet().removeIf(k -> k.generation() < g - 1);
    return g;
  }

  @SuppressWarnings("unchecked")
  <V extends Weighed> V get(long generation, Object key) {
    return (V) cache.getIfPresent(new Key(generation, key));
  }

  void put(long generation, Object key, Weighed value) {
    cache.put(new Key(generation, key), value);
  }

  @SuppressWarnings("unchecked")
  <V extends Weighed> V get(long generation, Object key, Function<Object, V> compute) {
    return (V) cache.get(new Key(generation, key), k -> compute.apply(k.key()));
  }

  /** The weight held now (after pending evictions), in approximate bytes. */
  long weight() {
    cache.cleanUp();
    return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
  }

  long budget() {
    return budget;
  }

  // approximate sizes: object headers and references counted, strings as UTF-16

  static long bytes(String s) {
    return s == null ? 0 : 48 + 2L * s.length();
  }

  static long facetBytes(List<FacetValue> values) {
    if (values instanceof OrdFacetList lazy) {
      return lazy.bytes();
    }
    long b = 32;
    for (FacetValue v : values) {
      b += 40 + bytes(v.value());
    }
    return b;
  }

  static long hitBytes(List<ReportHit> hits) {
    long b = 32;
    for (ReportHit h : hits) {
      b +=
          64
              + bytes(h.id())
              + bytes(h.title())
              + bytes(h.agency())
              + bytes(h.county())
              + bytes(h.source());
      for (SectionHit s : h.sections()) {
        b += 48 + bytes(s.title());
        for (Snippet sn : s.snippets()) {
          b += 48 + bytes(sn.text());
          b += 24L * sn.marks().size();
        }
      }
    }
    return b;
  }
}
