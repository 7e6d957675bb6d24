package org.nianbao.search.lucene;

import java.util.function.Supplier;

/** A value computed on first use, once, then kept; safe to share between threads. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = value = compute.get();
        }
      }
    }
    return v;
  }
}
