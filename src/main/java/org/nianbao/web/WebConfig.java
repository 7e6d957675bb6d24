package org.nianbao.web;

/**
 * How the site is served.
 *
 * @param host interface to bind (127.0.0.1 unless told otherwise)
 * @param port TCP port (0 picks a free one)
 * @param dev reload templates from {@code templates/} instead of the precompiled classes
 */
public record WebConfig(String host, int port, boolean dev) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;

  public WebConfig {
    host = host == null || host.isBlank() ? DEFAULT_HOST : host;
  }

  /** Local-only, port 7070, precompiled templates. */
  public static WebConfig defaults() {
    return new WebConfig(DEFAULT_HOST, DEFAULT_PORT, false);
  }
}
