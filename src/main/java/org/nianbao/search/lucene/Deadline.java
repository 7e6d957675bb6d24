package org.nianbao.search.lucene;

import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.CollectionTerminatedException;
import org.nianbao.search.Cancellation;

/**
 * When a search must stop: its deadline passed or its client left ({@link Cancellation}). The
 * searchers are shared between searches, so a search's deadline is bound to the thread running it
 * ({@link #bind}, {@link Searchers#acquire}) and read from there by Lucene's scoring loop ({@link
 * #QUERY_TIMEOUT}, set on every searcher) and by this package's collectors and highlighter ({@link
 * #current()}). Once it has fired it stays fired, and the search is partial.
 */
final class Deadline {
  /** What the user reads when a search stopped early. */
  static final String NOTICE = "搜索超时，结果可能不完整：请缩小搜索范围（更具体的词语、筛选条件或更小的每页条数）后重试";

  /** Never fires. */
  static final Deadline NONE = new Deadline(Long.MAX_VALUE, Cancellation.NONE);

  /** Collectors check every this many matches (a power of two minus one, as a mask). */
  static final int CHECK_MASK = 255;

  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  /** The scoring loop's check: the current thread's deadline. */
  static final QueryTimeout QUERY_TIMEOUT = () -> current().expired();

  private final long endNanos;
  private final Cancellation cancellation;
  private volatile boolean fired;

  private Deadline(long endNanos, Cancellation cancellation) {
    this.endNanos = endNanos;
    this.cancellation = cancellation;
  }

  /**
   * A deadline {@code timeoutMs} from now (0: none), also firing when {@code cancellation} says so.
   */
  static Deadline start(long timeoutMs, Cancellation cancellation) {
    long end = timeoutMs <= 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMs * 1_000_000L;
    return new Deadline(end, cancellation == null ? Cancellation.NONE : cancellation);
  }

  /** The deadline bound to this thread, or {@link #NONE}. */
  static Deadline current() {
    Deadline d = CURRENT.get();
    return d == null ? NONE : d;
  }

  /** Whether the search must stop now (and from now on: it is then {@link #fired()}). */
  boolean expired() {
    if (fired) {
      return true;
    }
    if (this == NONE) {
      return false;
    }
    if ((endNanos != Long.MAX_VALUE && System.nanoTime() - endNanos >= 0)
        || cancellation.cancelled()) {
      fired = true;
    }
    return fired;
  }

  /** Whether the deadline fired during the search: its results are partial (and not cached). */
  boolean fired() {
    return fired;
  }

  /**
   * For a collector's loop: ends the current segment once expired (the collector keeps what it
   * has).
   */
  void check() {
    if (expired()) {
      throw new CollectionTerminatedException();
    }
  }

  /** Binds this deadline to the current thread (until {@link #unbind}). */
  void bind() {
    CURRENT.set(this);
  }

  static void unbind() {
    CURRENT.remove();
  }
}
