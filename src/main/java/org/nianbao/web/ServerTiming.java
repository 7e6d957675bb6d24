package org.nianbao.web;

import java.util.Locale;

/**
 * The standard {@code Server-Timing} response header (W3C Server Timing): how long the server spent
 * on each part of a request, in milliseconds with microsecond precision, e.g. {@code
 * search;dur=3.421, json;dur=0.207}. Browsers show it in their developer tools; benchmarks read it
 * to separate the server's work from the network and the client ({@code bench/peers.py}).
 */
final class ServerTiming {
  static final String HEADER = "Server-Timing";

  private ServerTiming() {}

  /** One entry per (name, nanoseconds) pair, in order. */
  static String of(String name1, long nanos1, String name2, long nanos2) {
    return entry(name1, nanos1) + ", " + entry(name2, nanos2);
  }

  private static String entry(String name, long nanos) {
    return String.format(Locale.ROOT, "%s;dur=%.3f", name, Math.max(0, nanos) / 1e6);
  }
}
