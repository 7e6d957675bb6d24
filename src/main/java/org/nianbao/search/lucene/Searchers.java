package org.nianbao.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.index.Fields;
import org.nianbao.index.IndexFormat;
import org.nianbao.search.IndexMissingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open index: one {@link StatsSearcher} per reader, switched to a new commit made by a separate
 * {@code index} process (checked every second in the background). Every search acquires its
 * searcher here and releases it when done.
 */
final class Searchers implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Searchers.class);

  /** The report documents (each the last of its block, after its sections). */
  static final BitSetProducer PARENTS =
      new QueryBitSetProducer(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));

  private final Directory dir;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;

  private Searchers(Directory dir, SearcherManager manager) {
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
  }

  /** Opens the index in {@code indexDir}; each new reader's caches live in {@code cache}. */
  static Searchers open(Path indexDir, SearchCache cache) {
    Directory dir = null;
    try {
      dir = FSDirectory.open(indexDir);
      if (!DirectoryReader.indexExists(dir)) {
        throw new IndexMissingException("索引不存在：" + indexDir + "（请先运行 nianbao index 建立索引）", null);
      }
      SearcherManager manager =
          new SearcherManager(
              dir,
              new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                    throws IOException {
                  StatsSearcher searcher = new StatsSearcher(reader, PARENTS, cache);
                  if (previous == null && reader.numDocs() > 0) { // once, for an older format
                    if (!searcher.runGrams()) {
                      LOG.info("索引 {} 为旧格式（无三四字词元 body_ng）：照常检索，三四字短语较慢；删除后重新 index 可提速", indexDir);
                    } else if (!searcher.scoredGrams()) {
                      LOG.info(
                          "索引 {} 为旧格式（三四字词元无词频）：照常检索，三四字短语按二元词计分；删除后重新 index 可按短语本身计分并提速",
                          indexDir);
                    } else if (searcher.format() < IndexFormat.TITLE_GRAMS) {
                      LOG.info("索引 {} 为旧格式（标题无三四字词元）：照常检索，标题常用词的检索较慢；删除后重新 index 可提速", indexDir);
                    } else if (searcher.format() < IndexFormat.YEAR_SORTED) {
                      LOG.info("索引 {} 为旧格式（未按年份排序）：照常检索，按年份筛选的检索较慢；删除后重新 index 可提速", indexDir);
                    }
                  }
                  searcher.setTimeout(Deadline.QUERY_TIMEOUT); // each search's own, see Deadline
                  return searcher;
                }
              });
      return new Searchers(dir, manager);
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexMissingException("无法读取索引 " + indexDir + "：" + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(dir);
      throw e;
    }
  }

  /** Runs {@code task} once on the background thread after {@code delayMs}. */
  void later(Runnable task, long delayMs) {
    refresher.schedule(task, delayMs, TimeUnit.MILLISECONDS);
  }

  /** Checks for a new commit now (also done every second in the background). */
  void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not refresh the index reader: {}", e.toString());
    }
  }

  /** The current searcher, without a deadline; give it back with {@link #release}. */
  StatsSearcher acquire() {
    return acquire(Deadline.NONE);
  }

  /**
   * The current searcher, for a search that must stop at {@code deadline} (bound to this thread
   * until {@link #release}); give it back with {@link #release}.
   */
  StatsSearcher acquire(Deadline deadline) {
    try {
      StatsSearcher searcher = (StatsSearcher) manager.acquire();
      deadline.bind();
      return searcher;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void release(IndexSearcher searcher) {
    Deadline.unbind();
    try {
      manager.release(searcher);
    } catch (IOException e) {
      LOG.warn("could not release a searcher: {}", e.toString());
    }
  }

  @Override
  public void close() {
    refresher.shutdownNow();
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

  /** An action on an acquired searcher. */
  interface Read<T> {
    T apply(StatsSearcher searcher) throws java.io.IOException;
  }

  /** {@code read} on a searcher acquired for it and released after (no deadline). */
  <T> T read(Read<T> read) {
    StatsSearcher searcher = acquire();
    try {
      return read.apply(searcher);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }
}
