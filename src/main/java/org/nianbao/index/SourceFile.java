package org.nianbao.index;

import java.nio.file.Path;

/**
 * A file to index.
 *
 * @param path the path as found (relative paths stay relative, as the user gave them)
 * @param key the normalised absolute path identifying the file across runs
 * @param shown the path stored as the report's {@code source} and shown by the site and the API:
 *     relative to the folder that was indexed, starting with that folder's name ({@code
 *     reports/2021/a.txt}), or the file name for a file given by itself; never the server's
 *     absolute path
 */
public record SourceFile(Path path, String key, String shown) {

  /** A file given by itself: shown by its name. */
  public SourceFile(Path path, String key) {
    this(path, key, nameOf(path));
  }

  private static String nameOf(Path path) {
    Path name = path.getFileName();
    return name == null ? path.toString() : name.toString();
  }
}
