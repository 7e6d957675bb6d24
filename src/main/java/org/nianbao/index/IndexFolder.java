package org.nianbao.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * What a folder given as {@code --index} holds, decided before anything writes to it: nothing
 * (missing, or empty but for a stale {@code write.lock}), a readable nianbao index, or something
 * else. {@code index} and {@code serve} never write to or delete from "something else": Lucene,
 * asked to create an index there, would delete every file that looks like an index file and is not
 * referenced by a commit (a folder whose {@code segments_N} is missing loses all its segments).
 */
public final class IndexFolder {
  private IndexFolder() {}

  /** The state of an index folder. */
  public enum State {
    /**
     * Missing, or empty (a stale {@code write.lock} or a half-written first commit aside): a new
     * index may be created.
     */
    EMPTY,
    /** A readable nianbao index (possibly with no reports yet). */
    NIANBAO,
    /** Anything else: never written to. */
    FOREIGN
  }

  private static final String WRITE_LOCK = "write.lock";

  /** Classifies {@code dir}; does not write anything. */
  public static State of(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return State.EMPTY;
    }
    if (!Files.isDirectory(dir)) {
      return State.FOREIGN;
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir)) {
      names = files.map(p -> p.getFileName().toString()).toList();
    }
    if (names.stream().allMatch(IndexFolder::ignorable)) {
      // at most a run killed during the first (empty) commit of a new index, or the repository's
      // own index/README.md and .gitignore (Lucene never deletes files that are not index files)
      return State.EMPTY;
    }
    try (FSDirectory fs = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(fs)) {
        return State.FOREIGN;
      }
      try (DirectoryReader reader = DirectoryReader.open(fs)) {
        if (reader.maxDoc() == 0) {
          return State.NIANBAO; // an empty commit: what a new nianbao index starts with
        }
        FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
        return fields.fieldInfo(Fields.SOURCE_KEY) != null && fields.fieldInfo(Fields.TYPE) != null
            ? State.NIANBAO
            : State.FOREIGN;
      }
    } catch (IOException | RuntimeException e) {
      return State.FOREIGN; // unreadable or corrupt: not ours to rewrite
    }
  }

  /**
   * Files that do not make a folder non-empty: a stale lock, a half-written first commit, notes.
   */
  private static boolean ignorable(String name) {
    return name.equals(WRITE_LOCK)
        || name.startsWith("pending_segments_")
        || name.startsWith(".")
        || name.startsWith("README");
  }

  /** The one-line reason a folder is refused, for {@link State#FOREIGN}. */
  public static String refusal(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return "索引目录 " + dir + " 不是目录";
    }
    boolean lucene;
    try (FSDirectory fs = FSDirectory.open(dir)) {
      lucene = DirectoryReader.indexExists(fs);
    } catch (IOException | RuntimeException e) {
      lucene = false;
    }
    return lucene
        ? "索引目录 " + dir + " 不是可读的 nianbao 索引（索引已损坏或属于其他程序）；为免丢失数据，未写入也未删除任何文件"
        : "索引目录 " + dir + " 不是空目录，也不是 nianbao 索引（没有 segments_N 提交文件）；为免丢失数据，未写入也未删除任何文件";
  }
}
