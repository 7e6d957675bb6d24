package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.ReportParser;
import org.nianbao.search.IndexStats;
import org.nianbao.search.ReportHit;
import org.nianbao.search.SearchRequest;
import org.nianbao.search.SearchResults;
import org.nianbao.search.SortOrder;
import org.nianbao.search.lucene.LuceneSearchService;

/**
 * SIGKILLs a real {@code nianbao index} child process at random moments (before, during and after
 * its commit), ten times over a corpus that keeps growing and changing. After every kill the index
 * opens, searches work and show exactly the last commit with every report complete; nothing that
 * was committed is lost; and finishing the job gives the same index as a clean run.
 */
class KillIndexerTest {
  private static final int ROUNDS = 12;
  private static final int FIRST_COPIES = 2;
  private static final long SEED = 20240917L;

  @TempDir Path tmp;

  @Test
  void a_killed_indexer_never_corrupts_the_index_and_a_rerun_completes_it() throws Exception {
    Random random = new Random(SEED);
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Corpus.variants(corpus, FIRST_COPIES);
    List<Corpus.Sample> samples = Corpus.samples();
    // A first, complete run: the committed state the kills start from, and how long a run takes
    // here.
    long start = System.nanoTime();
    Process first =
        ChildJvm.start(
            tmp.resolve("first.log"), "index", "--index", index.toString(), corpus.toString());
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(first.exitValue()).isZero();
    long runMillis = (System.nanoTime() - start) / 1_000_000;
    int maxDelay = (int) Math.max(1_000, runMillis);
    long lastReports = Snapshot.of(index).reports;
    assertThat(lastReports).isEqualTo(5L * FIRST_COPIES);
    int killed = 0;
    int finished = 0;

    for (int round = 0; round < ROUNDS; round++) {
      // Every round brings work: two new reports and two reports whose text changed.
      for (int k = 0; k < 2; k++) {
        Corpus.Sample sample = samples.get(random.nextInt(samples.size()));
        Files.writeString(
            corpus.resolve("new-" + round + "-" + k + ".txt"),
            Corpus.variant(sample, 1000 + round * 2 + k),
            StandardCharsets.UTF_8);
      }
      for (int k = 0; k < 2; k++) {
        Path victim =
            corpus.resolve(
                String.format("v%05d_%d.txt", random.nextInt(FIRST_COPIES), random.nextInt(5)));
        Files.writeString(
            victim,
            "\n本段为第" + Corpus.chinese(round) + "轮修订。\n",
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.APPEND);
      }

      // Three kinds of moment, in turn: during JVM start-up and opening the index; at a random
      // point while files are parsed, written and committed; right after the commit was reported.
      Path log = tmp.resolve("index-" + round + ".log");
      Process p = ChildJvm.start(log, "index", "--index", index.toString(), corpus.toString());
      String moment;
      switch (round % 3) {
        case 0 -> {
          long delay = 200 + random.nextInt(1_000);
          p.waitFor(delay, TimeUnit.MILLISECONDS);
          moment = delay + " ms after start";
        }
        case 1 -> {
          waitForLine(p, log, "索引：共");
          long delay = random.nextInt(maxDelay / 2);
          p.waitFor(delay, TimeUnit.MILLISECONDS);
          moment = delay + " ms after the index was opened";
        }
        default -> {
          waitForLine(p, log, "报告：写入");
          moment = "right after the commit";
        }
      }
      boolean exited = !p.isAlive();
      if (!exited) {
        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no IndexWriter.close()
        killed++;
      } else {
        finished++;
      }
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      assertThat(output).doesNotContain("正被另一个 index 进程写入").doesNotContain("Exception");
      if (exited) {
        assertThat(p.exitValue()).as(output).isZero();
      }
      System.out.printf(
          "round %d: %s %s%n", round, exited ? "finished before being killed" : "killed", moment);

      try (FSDirectory dir = FSDirectory.open(index)) {
        assertThat(DirectoryReader.indexExists(dir))
            .as("the index still opens after round " + round)
            .isTrue();
      }
      Snapshot s = Snapshot.of(index);
      assertThat(s.reports)
          .as("committed reports are never lost")
          .isGreaterThanOrEqualTo(lastReports);
      lastReports = s.reports;
      s.assertConsistentWith(expected(corpus));
      if (exited || round % 3 == 2) {
        assertThat(s.reports)
            .as("a committed run holds every file")
            .isEqualTo(Files.list(corpus).count());
      }
    }
    System.out.printf(
        "first run %d ms; %d runs killed, %d finished%n", runMillis, killed, finished);
    assertThat(killed).as("runs really killed").isGreaterThanOrEqualTo(10);

    // Finishing the job over the killed runs gives exactly what a clean run gives.
    Process rerun =
        ChildJvm.start(
            tmp.resolve("rerun.log"), "index", "--index", index.toString(), corpus.toString());
    assertThat(rerun.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(rerun.exitValue()).as(Files.readString(tmp.resolve("rerun.log"))).isZero();
    Path clean = tmp.resolve("clean");
    Process fresh =
        ChildJvm.start(
            tmp.resolve("clean.log"), "index", "--index", clean.toString(), corpus.toString());
    assertThat(fresh.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(fresh.exitValue()).isZero();

    Snapshot resumed = Snapshot.of(index);
    Snapshot reference = Snapshot.of(clean);
    Map<String, Integer> expected = expected(corpus);
    assertThat(reference.sectionsById).isEqualTo(expected);
    assertThat(resumed.sectionsById).isEqualTo(reference.sectionsById);
    assertThat(resumed.reports).isEqualTo(reference.reports).isEqualTo(Files.list(corpus).count());
    assertThat(resumed.sections).isEqualTo(reference.sections);
    // The latest text of every changed report is what is indexed.
    assertThat(resumed.hitsFor("轮修订")).isEqualTo(reference.hitsFor("轮修订")).isNotEmpty();
  }

  /** Waits until the child printed {@code marker} (or exited). */
  private static void waitForLine(Process p, Path log, String marker) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (p.isAlive() && System.nanoTime() < deadline) {
      if (Files.readString(log, StandardCharsets.UTF_8).contains(marker)) {
        return;
      }
      Thread.sleep(10);
    }
  }

  /** Report id to section count, parsed straight from the files. */
  private static Map<String, Integer> expected(Path corpus) throws Exception {
    ReportParser parser = new ReportParser();
    Map<String, Integer> out = new TreeMap<>();
    try (var files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        Report r = parser.parse(f);
        assertThat(out.put(r.id(), r.sections().size()))
            .as("ids of the corpus are distinct")
            .isNull();
      }
    }
    return out;
  }

  /** What a reader opened on the last commit sees. */
  private record Snapshot(
      long reports, long sections, Map<String, Integer> sectionsById, Path index) {

    static Snapshot of(Path index) throws Exception {
      try (LuceneSearchService search = LuceneSearchService.open(index)) {
        IndexStats stats = search.stats();
        SearchResults all =
            search.search(
                new SearchRequest(
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    SortOrder.NEWEST,
                    1,
                    SearchRequest.MAX_SIZE));
        assertThat(all.total()).isEqualTo(stats.reports());
        Map<String, Integer> byId = new TreeMap<>();
        for (ReportHit hit : all.results()) {
          int sections = search.report(hit.id(), "").orElseThrow().report().sections().size();
          assertThat(byId.put(hit.id(), sections)).as("duplicate report " + hit.id()).isNull();
        }
        assertThat(byId).hasSize((int) stats.reports());
        // Search works on this commit.
        if (stats.reports() > 0) {
          assertThat(search.search(SearchRequest.of("政府信息公开")).total()).isEqualTo(stats.reports());
        }
        return new Snapshot(stats.reports(), stats.sections(), byId, index);
      }
    }

    /** Every indexed report is one of the corpus, whole: all its sections, no duplicates. */
    void assertConsistentWith(Map<String, Integer> expected) {
      Map<String, Integer> missing = new HashMap<>(sectionsById);
      missing.keySet().removeAll(expected.keySet());
      assertThat(missing).as("reports that are not in the corpus").isEmpty();
      long sum = 0;
      for (var e : sectionsById.entrySet()) {
        assertThat(e.getValue())
            .as("sections of " + e.getKey())
            .isEqualTo(expected.get(e.getKey()));
        sum += e.getValue();
      }
      assertThat(sections).as("no orphan sections").isEqualTo(sum);
    }

    List<String> hitsFor(String query) throws Exception {
      try (LuceneSearchService search = LuceneSearchService.open(index)) {
        SearchRequest r =
            new SearchRequest(
                query, List.of(), List.of(), List.of(), List.of(), SortOrder.NEWEST, 1, 500);
        return search.search(r).results().stream().map(ReportHit::id).sorted().toList();
      }
    }
  }
}
