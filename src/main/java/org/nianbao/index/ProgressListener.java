package org.nianbao.index;

/** Receives progress of an indexing run (called from worker threads). */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** The number of files about to be processed. */
  default void started(int files) {}

  /** One more file done (indexed, unchanged or skipped). */
  default void fileDone() {}

  /** The run has finished. */
  default void finished() {}
}
