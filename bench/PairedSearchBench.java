import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whole searches of two builds in one JVM, request by request: each jar is loaded in its own class
 * loader and opens the same index; every request of bench/distinct_queries.py goes to both, in
 * alternating order, and the wall time of each is kept (ranking runs on a second thread, so wall
 * time, not thread CPU). A machine whose speed drifts between runs slows both sides alike, which a
 * pair of separate runs cannot promise. Prints per round the mean and median of each side, their
 * ratio (B / A), and fails when the two builds' totals differ.
 *
 * <p>usage (JDK 25): javac -d /tmp/psb bench/PairedSearchBench.java &amp;&amp; java -Xmx1g
 * -XX:+UseParallelGC -cp /tmp/psb PairedSearchBench INDEX QUERIES.tsv ROUNDS A.jar B.jar [B_INDEX]
 *
 * <p>With B_INDEX, side B opens that index instead (two index formats of the same corpus, same or
 * different builds; the totals must still agree).
 */
public final class PairedSearchBench {
  /** One build: its search service and the reflective handles to call it. */
  private static final class Side {
    final Object service;
    final Method search;
    final Method total;
    final Constructor<?> request;
    final Object relevance;
    final List<String> counties = new ArrayList<>();

    Side(Path jar, Path index) throws Exception {
      ClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> svc = loader.loadClass("org.nianbao.search.lucene.LuceneSearchService");
      Class<?> req = loader.loadClass("org.nianbao.search.SearchRequest");
      Class<?> sort = loader.loadClass("org.nianbao.search.SortOrder");
      service = svc.getMethod("open", Path.class).invoke(null, index);
      search = svc.getMethod("search", req);
      total = loader.loadClass("org.nianbao.search.SearchResults").getMethod("total");
      request =
          req.getConstructor(
              String.class, List.class, List.class, List.class, List.class, sort, int.class,
              int.class);
      relevance = sort.getField("RELEVANCE").get(null);
      Object all = search.invoke(service, req.getMethod("of", String.class).invoke(null, ""));
      java.util.Map<?, ?> facets = (java.util.Map<?, ?>) all.getClass().getMethod("facets").invoke(all);
      Object county = loader.loadClass("org.nianbao.search.Facet").getField("COUNTY").get(null);
      for (Object v : (List<?>) facets.get(county)) {
        counties.add((String) v.getClass().getMethod("value").invoke(v));
      }
    }

    /** The request's total and its wall time in nanoseconds, or null when the query is refused. */
    long[] run(String[] l) throws Exception {
      List<String> county = l[1].isEmpty() ? List.of() : List.of(counties.get(Integer.parseInt(l[1])));
      List<Integer> year = l[2].isEmpty() ? List.of() : List.of(Integer.parseInt(l[2]));
      Object r = request.newInstance(l[0], county, List.of(), year, List.of(), relevance, 1, 10);
      long t0 = System.nanoTime();
      Object res;
      try {
        res = search.invoke(service, r);
      } catch (java.lang.reflect.InvocationTargetException e) {
        return null; // a query the parser refuses (QueryException): not counted
      }
      long ns = System.nanoTime() - t0;
      return new long[] {(Long) total.invoke(res), ns};
    }
  }

  public static void main(String[] args) throws Exception {
    List<String[]> lines = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      lines.add(l.split("\t", -1));
    }
    int rounds = Integer.parseInt(args[2]);
    Side a = new Side(Path.of(args[3]), Path.of(args[0]));
    Side b = new Side(Path.of(args[4]), Path.of(args.length > 5 ? args[5] : args[0]));
    int per = lines.size() / rounds;
    for (int round = 0; round < rounds; round++) {
      long[] ta = new long[per];
      long[] tb = new long[per];
      int n = 0;
      for (String[] l : lines.subList(round * per, (round + 1) * per)) {
        boolean aFirst = (n & 1) == 0;
        long[] ra = aFirst ? a.run(l) : null;
        long[] rb = b.run(l);
        if (!aFirst) {
          ra = a.run(l);
        }
        if (ra == null || rb == null) {
          continue;
        }
        if (ra[0] != rb[0]) {
          throw new AssertionError("totals differ for " + String.join("|", l) + ": " + ra[0] + " vs " + rb[0]);
        }
        ta[n] = ra[1];
        tb[n++] = rb[1];
      }
      double ma = Arrays.stream(ta, 0, n).average().orElse(0) / 1e6;
      double mb = Arrays.stream(tb, 0, n).average().orElse(0) / 1e6;
      long[] sa = Arrays.copyOf(ta, n);
      long[] sb = Arrays.copyOf(tb, n);
      Arrays.sort(sa);
      Arrays.sort(sb);
      System.out.printf(
          "round %d: %d searches, A mean %.2f p50 %.2f ms, B mean %.2f p50 %.2f ms, B/A mean %.3f p50 %.3f%n",
          round, n, ma, sa[n / 2] / 1e6, mb, sb[n / 2] / 1e6, mb / ma, (double) sb[n / 2] / sa[n / 2]);
    }
  }
}
