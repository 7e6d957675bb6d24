package org.nianbao.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.nianbao.analysis.Analyzers;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportFileException;
import org.nianbao.ingest.ReportParser;
import org.nianbao.ingest.TimedParser;
import org.nianbao.ingest.read.Format;

/**
 * Writes reports into the index: parses files in parallel, replaces each changed file's block
 * atomically, leaves unchanged files alone, optionally prunes reports whose files are gone, and
 * commits. Only one {@code ReportIndexer} (one process) can hold an index at a time.
 */
public final class ReportIndexer implements Closeable {
  private static final long COMMIT_EVERY_NANOS = 60_000_000_000L;

  private final Path indexDir;
  private final IndexWriter writer;
  private final ReportParser parser = new ReportParser();
  private final int threads;

  /** The index's format ({@link IndexFormat}): what its documents are built with. */
  private final int format;

  private TimedParser fileParser = new TimedParser(TimedParser.DEFAULT_BUDGET);

  /** Source keys of reports read from the classpath (the bundled corpus): never pruned. */
  static final String CLASSPATH_PREFIX = "classpath:";

  private ReportIndexer(Path indexDir, IndexWriter writer, int threads, int format) {
    this.indexDir = indexDir;
    this.writer = writer;
    this.threads = threads;
    this.format = format;
  }

  /**
   * Sets the time each file may take to parse (default {@link TimedParser#DEFAULT_BUDGET}); a file
   * that takes longer is skipped with its reason and the run goes on.
   */
  public ReportIndexer fileBudget(java.time.Duration budget) {
    this.fileParser = new TimedParser(budget);
    return this;
  }

  /** Opens (creating if needed) the index in {@code indexDir} for writing. */
  public static ReportIndexer open(Path indexDir) throws IndexUnavailableException {
    return open(indexDir, defaultThreads());
  }

  /**
   * The default number of worker threads: one more than the cores. A worker also waits (for its
   * file's parse on the parser's own thread, for the disk while it flushes a segment); with one
   * worker per core those waits left a core idle, ~15% of the time on the 2-core machine
   * (BENCHMARKS.md, issue 16, eleventh round).
   */
  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors() + 1;
  }

  /** As {@link #open(Path)} with an explicit number of worker threads. */
  public static ReportIndexer open(Path indexDir, int threads) throws IndexUnavailableException {
    FSDirectory dir = null;
    try {
      IndexFolder.State state = IndexFolder.of(indexDir);
      if (state == IndexFolder.State.FOREIGN) {
        throw new IndexUnavailableException(IndexFolder.refusal(indexDir), null);
      }
      Files.createDirectories(indexDir);
      dir = FSDirectory.open(indexDir);
      IndexWriterConfig config =
          new IndexWriterConfig(Analyzers.forIndexing(Fields.BIGRAM_FIELDS, Fields.GRAM_FIELDS));
      config.setOpenMode(
          state == IndexFolder.State.EMPTY
              ? IndexWriterConfig.OpenMode.CREATE
              : IndexWriterConfig.OpenMode.APPEND);
      config.setRAMBufferSizeMB(128);
      config.setCodec(new NianbaoCodec()); // smaller stored-field chunks: see the class
      // a new index gets the current format; an existing one keeps its own (its older documents
      // lack what the current format adds), so every commit records what holds for all documents
      int format = state == IndexFolder.State.EMPTY ? IndexFormat.CURRENT : IndexFormat.latest(dir);
      if (format >= IndexFormat.YEAR_SORTED) {
        sortByYear(config);
      }
      IndexWriter writer = new IndexWriter(dir, config);
      writer.setLiveCommitData(IndexFormat.userData(format).entrySet());
      if (state == IndexFolder.State.EMPTY) {
        // an empty first commit: a run killed before its own commit leaves a readable (empty)
        // nianbao index, which the next run accepts, rather than a folder of stray files
        writer.commit();
      }
      return new ReportIndexer(indexDir, writer, Math.max(1, threads), format);
    } catch (LockObtainFailedException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("索引 " + indexDir + " 正被另一个 index 进程写入，请等它结束后再试", e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("无法打开索引 " + indexDir + "：" + oneLine(e), e);
    }
  }

  /**
   * Sorts every segment by year, newest first, reports without a year last; a report's block (its
   * sections and report document) stays whole and in its order (Lucene sorts blocks by their last
   * document, marked by the parent field). Only for a new index or one created sorted: Lucene
   * refuses to change an existing index's sort.
   */
  public static void sortByYear(IndexWriterConfig config) {
    SortField year = new SortField(Fields.YEAR, SortField.Type.INT, true);
    year.setMissingValue(Integer.MIN_VALUE);
    config.setParentField(Fields.REPORT_PARENT);
    config.setIndexSort(new Sort(year));
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replaceAll("\\s+", " ").strip();
  }

  /**
   * Indexes the files under {@code inputs}; with {@code prune}, drops reports whose files are gone.
   */
  public IndexSummary index(List<Path> inputs, boolean prune, ProgressListener progress)
      throws IOException {
    long start = System.nanoTime();
    SourceFiles.Listing listing = SourceFiles.list(inputs);
    Run run = new Run(progress);
    run.skipped.addAll(listing.skipped());
    progress.started(listing.files().size());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      ExistingReports existing = new ExistingReports(new IndexSearcher(reader));
      pipeline(pool, listing.files(), existing, run);
      if (prune) {
        run.pruned = prune(existing);
      }
      flushInParallel(pool);
    } finally {
      pool.shutdownNow();
    }
    writer.commit();
    progress.finished();
    long total;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      total =
          new IndexSearcher(reader).count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_REPORT)));
    }
    return new IndexSummary(
        run.indexed,
        run.unchanged,
        run.sections.get(),
        List.copyOf(run.skipped),
        run.pruned,
        (System.nanoTime() - start) / 1e9,
        run.bytes.get(),
        total,
        run.formatCounts());
  }

  /**
   * Parses files on the pool, assigns ids in file order on this thread (ids must not depend on
   * thread timing), and hands each report back to the pool to be analysed and written. Parse and
   * write tasks share the pool, so no core waits at a batch boundary; a bounded window of files in
   * flight keeps memory flat.
   */
  private void pipeline(
      ExecutorService pool, List<SourceFile> files, ExistingReports existing, Run run)
      throws IOException {
    int window = threads * 16;
    java.util.ArrayDeque<Future<Prepared>> parsing = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Future<Void>> writing = new java.util.ArrayDeque<>();
    int next = 0;
    long lastCommit = System.nanoTime();
    while (next < files.size() || !parsing.isEmpty()) {
      while (next < files.size() && parsing.size() < window) {
        SourceFile f = files.get(next++);
        parsing.add(pool.submit(() -> prepare(f, existing, run)));
      }
      Prepared p = await(parsing.poll());
      if (p != null) {
        String id = run.assignId(p, existing);
        writing.add(pool.submit(() -> write(p, id, run)));
      }
      while (!writing.isEmpty() && (writing.peek().isDone() || writing.size() > window)) {
        await(writing.poll());
      }
      if (System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
        writer.commit(); // each report is added atomically, so any commit point is consistent
        lastCommit = System.nanoTime();
      }
    }
    while (!writing.isEmpty()) {
      await(writing.poll());
    }
  }

  /**
   * Writes the documents still buffered in memory to segments, one buffer per worker at a time (a
   * commit would flush them all on one thread while the other cores wait: a few seconds at the end
   * of every run).
   */
  private void flushInParallel(ExecutorService pool) throws IOException {
    List<Future<Void>> flushes = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      flushes.add(
          pool.submit(
              () -> {
                while (writer.flushNextBuffer()) {
                  // the next largest buffer, until none is left
                }
                return null;
              }));
    }
    for (Future<Void> f : flushes) {
      await(f);
    }
  }

  private static <T> T await(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IllegalStateException("indexing failed", e.getCause());
    }
  }

  /**
   * Indexes an already-decoded text (the bundled corpus) identified by {@code key}; returns false
   * when the text is not a report.
   */
  public boolean indexText(String source, String key, String text) throws IOException {
    try {
      add(parser.parseText(source, text), key, "text:" + text.hashCode());
      return true;
    } catch (ReportFileException e) {
      return false;
    }
  }

  /**
   * Adds or replaces one already-parsed report identified by {@code key}, keeping its id stable and
   * unique as {@link #index} does; returns the id it got. Not for concurrent use with {@link
   * #index}.
   */
  public String add(Report report, String key, String fingerprint) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      ExistingReports existing = new ExistingReports(new IndexSearcher(reader));
      Run run = new Run(ProgressListener.NONE);
      Prepared p = new Prepared(report, key, fingerprint, existing.lookup(key), Format.TEXT);
      String id = run.assignId(p, existing);
      write(p, id, run);
      return id;
    }
  }

  /**
   * Adds or replaces already-parsed reports, {@code keys} giving each one's key, in one pass over
   * one reader (as {@link #index} writes a folder): the ids are those {@link #add} would give them
   * one by one. Returns the ids in order.
   */
  public List<String> addAll(List<Report> reports, List<String> keys, String fingerprint)
      throws IOException {
    if (reports.size() != keys.size()) {
      throw new IllegalArgumentException(reports.size() + " reports but " + keys.size() + " keys");
    }
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      ExistingReports existing = new ExistingReports(new IndexSearcher(reader));
      Run run = new Run(ProgressListener.NONE);
      List<String> ids = new ArrayList<>(reports.size());
      for (int i = 0; i < reports.size(); i++) {
        String key = keys.get(i);
        Prepared p =
            new Prepared(reports.get(i), key, fingerprint, existing.lookup(key), Format.TEXT);
        String id = run.assignId(p, existing);
        write(p, id, run);
        ids.add(id);
      }
      return ids;
    }
  }

  /**
   * Gives up the run: drops everything written since the last commit and deletes the files it wrote
   * (a run that failed on a full disk must not leave them filling it), then releases the index. The
   * index stays as its last commit.
   */
  public void abort() {
    try {
      writer.rollback();
    } catch (IOException | RuntimeException e) {
      // rollback closes the writer even when it fails; nothing more can be done here
    }
    try {
      writer.getDirectory().close();
    } catch (IOException ignored) {
      // already reported by the failure that led here
    }
  }

  /**
   * Documents per segment that {@link #merge} aims at: a search's per-segment arrays (a float per
   * document while ranking, a bit per document per leaf) stay about as large as in the biggest
   * segments Lucene's own merging makes (5 GB, ~1.6 million documents).
   */
  static final int MERGED_SEGMENT_DOCS = 1 << 21;

  /**
   * Merges the committed index into as few segments as {@link #MERGED_SEGMENT_DOCS} allows (one up
   * to ~260,000 reports) and commits: a search then looks up each term and builds its per-segment
   * state once per segment, not for each of a dozen. Needs free disk space of about the index's
   * size while it runs; on failure the last commit stays as it was. Returns the segments aimed at.
   */
  public int merge() throws IOException {
    int segments =
        (int)
            Math.max(
                1, (writer.getDocStats().maxDoc + MERGED_SEGMENT_DOCS - 1L) / MERGED_SEGMENT_DOCS);
    writer.forceMerge(segments);
    writer.commit();
    return segments;
  }

  /** Makes everything written so far durable and visible to readers. */
  public void commit() throws IOException {
    writer.commit();
  }

  private Prepared prepare(SourceFile f, ExistingReports existing, Run run) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(f.path(), BasicFileAttributes.class);
      String fingerprint = attrs.size() + ":" + attrs.lastModifiedTime().toMillis();
      ExistingReports.Entry old = existing.lookup(f.key());
      if (old != null && old.fingerprint().equals(fingerprint)) {
        run.unchanged();
        return null;
      }
      ReportParser.Parsed parsed = fileParser.parseFile(f.path());
      // stored and shown as the path within the indexed folder, never the server's full path
      Report report = parsed.report().withSource(f.shown());
      run.bytes.addAndGet(attrs.size());
      return new Prepared(report, f.key(), fingerprint, old, parsed.format());
    } catch (ReportFileException e) {
      run.skip(new Skipped(f.path().toString(), e.reason()));
    } catch (IOException e) {
      run.skip(new Skipped(f.path().toString(), SourceFiles.reason(e)));
    } catch (RuntimeException e) {
      run.skip(new Skipped(f.path().toString(), "解析失败（" + e.getClass().getSimpleName() + "）"));
    }
    return null;
  }

  private Void write(Prepared p, String id, Run run) throws IOException {
    List<Document> block =
        ReportDocuments.block(
            p.report().withId(id), p.report().id(), p.key(), p.fingerprint(), format);
    writer.updateDocuments(new Term(Fields.SOURCE_KEY, p.key()), block);
    run.written(p.report().sections().size(), p.format());
    return null;
  }

  private int prune(ExistingReports existing) throws IOException {
    int pruned = 0;
    for (String key : existing.allKeys()) {
      if (!key.startsWith(CLASSPATH_PREFIX) && !Files.exists(Path.of(key))) {
        writer.deleteDocuments(new Term(Fields.SOURCE_KEY, key));
        pruned++;
      }
    }
    return pruned;
  }

  /** The index directory this indexer writes. */
  public Path indexDir() {
    return indexDir;
  }

  @Override
  public void close() throws IOException {
    if (!writer.isOpen()) {
      return; // aborted
    }
    writer.close();
    writer.getDirectory().close();
  }

  private static void closeQuietly(FSDirectory dir) {
    if (dir != null) {
      try {
        dir.close();
      } catch (IOException ignored) {
        // nothing more to report: opening already failed
      }
    }
  }

  /** A parsed report ready to be written. */
  private record Prepared(
      Report report, String key, String fingerprint, ExistingReports.Entry old, Format format) {}

  /** Mutable state of one run. */
  private static final class Run {
    final ProgressListener progress;
    final List<Skipped> skipped = new ArrayList<>();
    final Set<String> assigned = new HashSet<>();
    final AtomicLong sections = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    int indexed;
    int unchanged;
    int pruned;

    Run(ProgressListener progress) {
      this.progress = progress;
    }

    synchronized void skip(Skipped s) {
      skipped.add(s);
      progress.fileDone();
    }

    synchronized void unchanged() {
      unchanged++;
      progress.fileDone();
    }

    final java.util.Map<Format, Integer> formats = new java.util.EnumMap<>(Format.class);

    synchronized void written(int sectionCount, Format format) {
      formats.merge(format, 1, Integer::sum);
      indexed++;
      sections.addAndGet(sectionCount);
      progress.fileDone();
    }

    synchronized java.util.Map<String, Integer> formatCounts() {
      java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
      formats.forEach((f, n) -> out.put(f.label(), n));
      return out;
    }

    /**
     * Keeps a file's id across runs; a new file gets the first free {@code base}, {@code base-2}, …
     */
    String assignId(Prepared p, ExistingReports existing) throws IOException {
      String base = p.report().id();
      String id;
      if (p.old() != null && p.old().baseId().equals(base) && !assigned.contains(p.old().id())) {
        id = p.old().id();
      } else {
        id = base;
        for (int n = 2; assigned.contains(id) || existing.idTakenByOther(id, p.key()); n++) {
          id = base + "-" + n;
        }
      }
      assigned.add(id);
      return id;
    }
  }
}
