package org.nianbao.cli;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.nianbao.index.BundledIndex;
import org.nianbao.index.IndexUnavailableException;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.web.WebApp;
import org.nianbao.web.WebConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code nianbao serve}: the search site over an index (built from the bundled reports if empty).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "启动检索网站（索引为空时先用内置样例报告建立索引）")
public final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--index", defaultValue = "index", description = "索引目录（默认：${DEFAULT-VALUE}）")
  Path index;

  @Option(
      names = "--port",
      defaultValue = "7070",
      converter = OptionTypes.Port.class,
      description = "端口（默认：${DEFAULT-VALUE}）")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "监听地址（默认：${DEFAULT-VALUE}，仅本机）")
  String host;

  @Option(names = "--dev", description = "开发模式：每次请求从 templates/ 重新加载模板")
  boolean dev;

  /** Work that would otherwise slow the first request; runs on a side thread at start-up. */
  private static void preload() {
    for (String c :
        new String[] {
          "org.eclipse.jetty.http.MimeTypes",
          "org.eclipse.jetty.util.MemoryUtils",
          "org.eclipse.jetty.util.BlockingArrayQueue"
        }) {
      try {
        Class.forName(c, true, ServeCommand.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        LOG.debug("could not initialise {}: {}", c, e.toString());
      }
    }
  }

  @Override
  public Integer call() throws Exception {
    try {
      BundledIndex.check(index); // a folder that is not ours: one line, before anything starts
    } catch (IndexUnavailableException | java.io.IOException e) {
      throw new IndexUnavailableException(e.getMessage(), e);
    }
    // SIGTERM and Ctrl-C (from here on) stop the server on this thread and the command returns
    // 0 (a JVM ended by the signal itself would exit 143); the JVM's own handlers come back when
    // the command returns
    CountDownLatch stopRequested = new CountDownLatch(1);
    sun.misc.SignalHandler oldTerm = handle("TERM", stopRequested);
    sun.misc.SignalHandler oldInt = handle("INT", stopRequested);
    try {
      return serve(stopRequested, oldTerm != null && oldInt != null);
    } finally {
      restore("TERM", oldTerm);
      restore("INT", oldInt);
    }
  }

  private Integer serve(CountDownLatch stopRequested, boolean signals) throws Exception {
    // Jetty's slowest static initialisers (MIME types walk every available locale; memory
    // probing) load on their own thread while this one configures the server
    Thread preloader = new Thread(ServeCommand::preload, "preload");
    preloader.setDaemon(true);
    preloader.start();
    // the index opens on another thread while the web server starts; requests wait for it
    OpeningSearchService search =
        OpeningSearchService.start(
            () -> {
              BundledIndex.ensure(index); // logs when it builds the index from the bundled reports
              return LuceneSearchService.open(index);
            });
    Javalin app = WebApp.create(search, new WebConfig(host, port, dev));
    try {
      app.start();
    } catch (RuntimeException e) {
      search.close();
      LOG.error("无法在 {}:{} 启动网站：{}", host, port, e.getMessage());
      return 1;
    }
    try {
      search.await();
    } catch (RuntimeException e) {
      app.stop(); // then reported by Main like any other failure to open the index
      throw e instanceof OpeningSearchService.OpenFailed f ? (Exception) f.getCause() : e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runnable stop =
        () -> {
          LOG.info("正在停止…");
          // in-flight requests get a few seconds; whatever still runs after the deadline is
          // abandoned, so a loaded server still exits within 10 s of SIGTERM
          Thread watchdog =
              new Thread(
                  () -> {
                    try {
                      Thread.sleep(STOP_DEADLINE_MS);
                      LOG.warn("停止超时（{} 秒），强制退出", STOP_DEADLINE_MS / 1000);
                      Runtime.getRuntime().halt(0);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  },
                  "stop-watchdog");
          watchdog.setDaemon(true);
          watchdog.start();
          try {
            app.stop(); // waits for in-flight requests (bounded by the Jetty stop timeout)
            search.close();
          } finally {
            watchdog.interrupt(); // stopped in time: exit normally (the JVM may still write its AOT
            // cache)
            stopped.countDown();
          }
        };
    // SIGTERM and Ctrl-C stop the server on this thread and the command returns 0 (a JVM ended
    // by the signal itself would exit 143); the shutdown hook covers other ways of exiting
    Thread hook =
        new Thread(
            () -> {
              if (stopped.getCount() > 0) {
                stop.run();
              }
            },
            "nianbao-shutdown");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException e) {
      stop.run(); // the JVM is already exiting
      return 0;
    }
    LOG.info(
        "检索网站已启动：http://{}:{}/  （索引：{}{}）",
        displayHost(host),
        app.port(),
        index.toAbsolutePath(),
        dev ? "，开发模式" : "");
    if (signals) {
      stopRequested.await();
      stop.run();
    }
    stopped.await();
    return 0;
  }

  /** How long a stop may take before the process exits anyway. */
  private static final long STOP_DEADLINE_MS = 9_000;

  /**
   * Routes {@code signal} to {@code latch}; returns the previous handler, null when not allowed.
   */
  private static sun.misc.SignalHandler handle(String signal, CountDownLatch latch) {
    try {
      return sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> latch.countDown());
    } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
      LOG.debug("cannot handle SIG{}: {}", signal, e.toString());
      return null;
    }
  }

  private static void restore(String signal, sun.misc.SignalHandler previous) {
    if (previous != null) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(signal), previous);
      } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
        LOG.debug("cannot restore SIG{}: {}", signal, e.toString());
      }
    }
  }

  private static String displayHost(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
