package org.nianbao.search;

/**
 * Whether the one who asked for a search is still waiting for it (e.g. the web client is still
 * connected): checked together with the search's deadline, a cancelled search stops early and
 * returns what it has.
 */
@FunctionalInterface
public interface Cancellation {
  /** Never cancelled. */
  Cancellation NONE = () -> false;

  boolean cancelled();
}
