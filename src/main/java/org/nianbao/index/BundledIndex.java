package org.nianbao.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the index from the bundled sample reports (classpath {@code corpus/}) when it is missing
 * or empty, so a fresh clone serves a working site with one command. A folder holding anything else
 * (not a readable nianbao index) is refused, never rebuilt.
 */
public final class BundledIndex {
  /** Source keys of bundled reports start with this; {@code --prune} never removes them. */
  public static final String KEY_PREFIX = ReportIndexer.CLASSPATH_PREFIX;

  private static final Logger LOG = LoggerFactory.getLogger(BundledIndex.class);
  private static final String CORPUS = "corpus/";

  private BundledIndex() {}

  /** Returns true when it had to build the index, false when a non-empty one already existed. */
  public static boolean ensure(Path indexDir) throws IOException, IndexUnavailableException {
    if (hasReports(indexDir)) {
      return false;
    }
    // only into a missing or empty folder, or an empty nianbao index (an earlier bundled build
    // that was stopped before its commit): never over anything else
    if (IndexFolder.of(indexDir) == IndexFolder.State.FOREIGN) {
      throw new IndexUnavailableException(IndexFolder.refusal(indexDir), null);
    }
    LOG.info("索引 {} 不存在或为空，正在用内置的示例报告建立索引", indexDir);
    ReportIndexer indexer = ReportIndexer.open(indexDir);
    try {
      int n = 0;
      for (String name : names()) {
        String text = read(CORPUS + name);
        if (indexer.indexText("corpus/" + name, KEY_PREFIX + CORPUS + name, text)) {
          n++;
        }
      }
      indexer.commit();
      indexer.close();
      LOG.info("已用 {} 份内置示例报告建立索引 {}", n, indexDir);
    } catch (IOException | RuntimeException e) {
      indexer.abort(); // e.g. a full disk: delete what this build wrote
      throw e;
    }
    return true;
  }

  /**
   * Refuses, before anything starts, an index folder that {@link #ensure} would not build into and
   * that holds no readable reports (a folder of other files, an index without its {@code
   * segments_N}).
   */
  public static void check(Path indexDir) throws IOException, IndexUnavailableException {
    if (!hasReports(indexDir) && IndexFolder.of(indexDir) == IndexFolder.State.FOREIGN) {
      throw new IndexUnavailableException(IndexFolder.refusal(indexDir), null);
    }
  }

  /** Whether {@code indexDir} holds a readable index with at least one document. */
  public static boolean hasReports(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(indexDir)) {
      if (!DirectoryReader.indexExists(dir)) {
        return false;
      }
      // the commit point alone says whether there are documents: no segment needs opening
      return SegmentInfos.readLatestCommit(dir).totalMaxDoc() > 0;
    }
  }

  /** The file names of the bundled reports, from {@code corpus/index.txt}. */
  static List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    for (String line : read(CORPUS + "index.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.trim());
      }
    }
    return names;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = BundledIndex.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("bundled resource missing: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
