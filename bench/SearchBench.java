package org.nianbao.search.lucene;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.Facet;
import org.nianbao.search.FacetValue;
import org.nianbao.search.QueryException;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;

/**
 * Whole searches in process (no HTTP): the process CPU (every thread: search, ranking, GC, JIT) per
 * distinct request of bench/distinct_queries.py, one request at a time, split into ROUNDS rounds of
 * their own queries; the last rounds show the steady state. Steadier than an HTTP A/B on a 2-core
 * machine, where the load generator competes for the cores.
 *
 * <p>usage (JDK 25): javac -cp JAR -d /tmp/sb bench/SearchBench.java &amp;&amp; java -Xmx512m -cp
 * /tmp/sb:JAR org.nianbao.search.lucene.SearchBench INDEX QUERIES.tsv ROUNDS
 *
 * <p>With {@code -Deach=true} it also prints one line per search: the request, its total and a
 * hash of its facets and one of its results (pages, sections, snippets), so two builds' outputs can be
 * compared with {@code diff} (the whole lists would be gigabytes). With {@code -Dtimes=true} it
 * prints one tab-separated line per search: request, total and wall microseconds.
 */
public final class SearchBench {
  /** Prints the search cache's weight per kind of key (with {@code -DcacheDump=true}). */
  private static void dumpCache(LuceneSearchService service) throws ReflectiveOperationException {
    java.lang.reflect.Field f = LuceneSearchService.class.getDeclaredField("cache");
    f.setAccessible(true);
    SearchCache sc = (SearchCache) f.get(service);
    java.lang.reflect.Field g = SearchCache.class.getDeclaredField("cache");
    g.setAccessible(true);
    var map = ((com.github.benmanes.caffeine.cache.Cache<?, ?>) g.get(sc)).asMap();
    java.util.Map<String, long[]> by = new java.util.TreeMap<>();
    map.forEach(
        (k, v) -> {
          Object key = keyOf(k);
          long[] t = by.computeIfAbsent(key.getClass().getSimpleName(), x -> new long[2]);
          t[0]++;
          t[1] += ((SearchCache.Weighed) v).bytes();
        });
    by.forEach((k, t) -> System.out.printf("  cache %s: %d entries, %.1f MB%n", k, t[0], t[1] / 1e6));
  }

  private static Object keyOf(Object k) {
    try {
      java.lang.reflect.Method m = k.getClass().getDeclaredMethod("key");
      m.setAccessible(true);
      return m.invoke(k);
    } catch (ReflectiveOperationException e) {
      return k;
    }
  }

  public static void main(String[] args) throws Exception {
    List<String[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      lines.add(l.split("\t", -1));
    }
    int rounds = Integer.parseInt(args[2]);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try (LuceneSearchService service = LuceneSearchService.open(Path.of(args[0]))) {
      List<FacetValue> counties = service.search(SearchRequest.of("")).facets().get(Facet.COUNTY);
      int per = lines.size() / rounds;
      for (int round = 0; round < rounds; round++) {
        long checksum = 0;
        int n = 0;
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        for (String[] l : lines.subList(round * per, (round + 1) * per)) {
          List<String> county =
              l[1].isEmpty() ? List.of() : List.of(counties.get(Integer.parseInt(l[1])).value());
          List<Integer> year = l[2].isEmpty() ? List.of() : List.of(Integer.parseInt(l[2]));
          SearchRequest r =
              new SearchRequest(
                  l[0], county, List.of(), year, List.of(), SortOrder.RELEVANCE, 1, 10);
          try {
            long t0 = System.nanoTime();
            SearchResults res = service.search(r);
            if (Boolean.getBoolean("times")) {
              System.out.printf(
                  "T\t%s\t%s\t%s\t%d\t%d%n",
                  l[0], l[1], l[2], res.total(), (System.nanoTime() - t0) / 1000);
            }
            checksum = checksum * 31 + res.total();
            if (Boolean.getBoolean("each")) {
              System.out.printf(
                  "Q %s|%s|%s %d %08x %08x%n",
                  l[0],
                  l[1],
                  l[2],
                  res.total(),
                  res.facets().toString().hashCode(),
                  res.results().toString().hashCode());
            }
            n++;
          } catch (QueryException e) {
            // a query the parser refuses: not counted
          }
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / n;
        double wall = (System.nanoTime() - wall0) / 1e6 / n;
        System.out.printf(
            "round %d: %d searches, process CPU %.2f ms/search, wall %.2f ms/search; totals %x%n",
            round, n, cpu, wall, checksum);
        if (Boolean.getBoolean("cacheDump")) {
          dumpCache(service);
        }
      }
    }
  }
}
