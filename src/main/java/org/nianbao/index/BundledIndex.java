package org.nianbao.index;

import java.nio.file.Path;

/**
 * Builds the index from the bundled sample reports when it is missing or empty, so a fresh clone
 * serves a working site. (Placeholder: being implemented with the index core.)
 */
public final class BundledIndex {
  private BundledIndex() {}

  /** Returns true when it had to build the index, false when one already existed. */
  public static boolean ensure(Path indexDir) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
