package org.nianbao.reliability;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.web.WebApp;
import org.nianbao.web.WebConfig;

/** The real site (Lucene search service + web app) started in-process on a free port. */
final class TestSite implements AutoCloseable {
  final LuceneSearchService search;
  final Javalin app;

  private TestSite(LuceneSearchService search, Javalin app) {
    this.search = search;
    this.app = app;
  }

  static TestSite start(Path index) {
    LuceneSearchService search = LuceneSearchService.open(index);
    Javalin app = WebApp.create(search, new WebConfig("127.0.0.1", 0, false)).start();
    return new TestSite(search, app);
  }

  int port() {
    return app.port();
  }

  String base() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() {
    app.stop();
    search.close();
  }
}
