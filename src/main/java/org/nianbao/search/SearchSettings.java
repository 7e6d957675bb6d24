package org.nianbao.search;

/**
 * How a search service caches and how long a search may take: one record instead of switches read
 * here and there.
 *
 * @param facetCache whether counting passes (totals, facet lists) are cached per index reader
 * @param resultCache whether whole result pages (up to 50 reports) are cached per index reader,
 *     like Solr's query result cache
 * @param cacheBytes the weight budget (approximate bytes) of all caches together
 * @param timeoutMs a search's deadline in milliseconds: when it passes, counting, ranking and
 *     highlighting stop and the search returns what it has, marked partial (0: no deadline)
 */
public record SearchSettings(
    boolean facetCache, boolean resultCache, long cacheBytes, long timeoutMs) {
  /** The default deadline of a search. */
  public static final long DEFAULT_TIMEOUT_MS = 5_000;

  public SearchSettings {
    if (timeoutMs < 0) {
      throw new IllegalArgumentException("timeoutMs must be >= 0: " + timeoutMs);
    }
  }

  /** Caching as given, with the default deadline. */
  public SearchSettings(boolean facetCache, boolean resultCache, long cacheBytes) {
    this(facetCache, resultCache, cacheBytes, DEFAULT_TIMEOUT_MS);
  }

  /**
   * Caching on, with 1/16 of the maximum heap for the caches (at least 8 MB); the default deadline.
   */
  public static SearchSettings defaults() {
    return new SearchSettings(
        true, true, Math.max(8L << 20, Runtime.getRuntime().maxMemory() / 16));
  }

  /**
   * The defaults as changed by {@code -Dnianbao.facet-cache=false}, {@code
   * -Dnianbao.result-cache=false}, {@code -Dnianbao.cache-mb=N} and {@code
   * -Dnianbao.search-timeout-ms=N} (the one place they are read).
   */
  public static SearchSettings fromSystemProperties() {
    String mb = System.getProperty("nianbao.cache-mb");
    String timeout = System.getProperty("nianbao.search-timeout-ms");
    return new SearchSettings(
        Boolean.parseBoolean(System.getProperty("nianbao.facet-cache", "true")),
        Boolean.parseBoolean(System.getProperty("nianbao.result-cache", "true")),
        mb == null || mb.isBlank() ? defaults().cacheBytes() : Long.parseLong(mb.strip()) << 20,
        timeout == null || timeout.isBlank()
            ? DEFAULT_TIMEOUT_MS
            : Long.parseLong(timeout.strip()));
  }

  /** These settings with another deadline. */
  public SearchSettings withTimeoutMs(long ms) {
    return new SearchSettings(facetCache, resultCache, cacheBytes, ms);
  }
}
