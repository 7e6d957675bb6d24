package org.nianbao.search;

/** There is no readable index where one was expected; the message says where and what to do. */
public class IndexMissingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public IndexMissingException(String message, Throwable cause) {
    super(message, cause);
  }
}
