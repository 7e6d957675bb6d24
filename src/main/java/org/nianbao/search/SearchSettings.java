package org.nianbao.search;

/**
 * How a search service caches: one record instead of switches read here and there.
 *
 * @param facetCache whether counting passes (totals, facet lists) are cached per index reader
 * @param resultCache whether whole result pages (up to 50 reports) are cached per index reader,
 *     like Solr's query result cache
 * @param cacheBytes the weight budget (approximate bytes) of all caches together
 */
public record SearchSettings(boolean facetCache, boolean resultCache, long cacheBytes) {

  /** Caching on, with 1/16 of the maximum heap for the caches (at least 8 MB). */
  public static SearchSettings defaults() {
    return new SearchSettings(true, true, Math.max(8L << 20, Runtime.getRuntime().maxMemory() / 16));
  }

  /**
   * The defaults as changed by {@code -Dnianbao.facet-cache=false}, {@code
   * -Dnianbao.result-cache=false} and {@code -Dnianbao.cache-mb=N} (the one place they are read).
   */
  public static SearchSettings fromSystemProperties() {
    String mb = System.getProperty("nianbao.cache-mb");
    return new SearchSettings(
        Boolean.parseBoolean(System.getProperty("nianbao.facet-cache", "true")),
        Boolean.parseBoolean(System.getProperty("nianbao.result-cache", "true")),
        mb == null || mb.isBlank() ? defaults().cacheBytes() : Long.parseLong(mb.strip()) << 20);
  }
}
