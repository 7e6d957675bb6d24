package org.nianbao.search;

/** A query the user typed cannot be run; the message is a one-line explanation in Chinese. */
public class QueryException extends Exception {
  private static final long serialVersionUID = 1L;

  public QueryException(String message) {
    super(message);
  }
}
