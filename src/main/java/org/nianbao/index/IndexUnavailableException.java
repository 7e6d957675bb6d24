package org.nianbao.index;

/** The index cannot be opened for writing (locked by another process, unreadable, …). */
public class IndexUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
