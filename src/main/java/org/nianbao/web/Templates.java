package org.nianbao.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import java.nio.file.Path;

/** Renders the jte templates: precompiled ones from the jar, or live ones from a folder in dev. */
final class Templates {
  private final TemplateEngine engine;

  private Templates(TemplateEngine engine) {
    this.engine = engine;
  }

  static Templates create(boolean dev) {
    if (dev) {
      TemplateEngine live =
          TemplateEngine.create(
              new DirectoryCodeResolver(Path.of("templates")),
              Path.of("target/jte-dev-classes"),
              ContentType.Html);
      live.setTrimControlStructures(true); // as the precompiled templates (pom.xml)
      return new Templates(live);
    }
    return new Templates(TemplateEngine.createPrecompiled(ContentType.Html));
  }

  /** Renders {@code name} (e.g. {@code search.jte}) with its single {@code page} parameter. */
  String render(String name, Object page) {
    StringOutput out = new StringOutput();
    engine.render(name, page, out);
    return out.toString();
  }
}
