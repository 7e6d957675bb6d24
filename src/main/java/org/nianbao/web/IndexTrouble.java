package org.nianbao.web;

import java.io.EOFException;
import java.nio.file.NoSuchFileException;
import java.util.Set;

/**
 * Recognises failures that come from a damaged or incomplete index (a corrupt or missing segment
 * file) rather than from the request, so the site answers them with a clear 503 page instead of a
 * bare 500.
 */
final class IndexTrouble {
  private IndexTrouble() {}

  static final String MESSAGE = "索引文件已损坏或不完整，暂时无法回答。请管理员检查索引（重新运行 nianbao index）。";

  private static final Set<String> LUCENE_CORRUPTION =
      Set.of(
          "org.apache.lucene.index.CorruptIndexException",
          "org.apache.lucene.index.IndexFormatTooOldException",
          "org.apache.lucene.index.IndexFormatTooNewException");

  /** One line naming the damage, or null when {@code e} is not about the index files. */
  static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (LUCENE_CORRUPTION.contains(t.getClass().getName())
          || t instanceof EOFException
          || t instanceof NoSuchFileException) {
        String m = t.getMessage() == null ? "" : t.getMessage().replaceAll("\\s+", " ");
        return t.getClass().getSimpleName() + ": " + m;
      }
    }
    return null;
  }
}
