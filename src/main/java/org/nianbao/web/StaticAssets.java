package org.nianbao.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The site's static files ({@code /public} on the classpath: a style sheet, a script and an icon),
 * read once at start and served from memory under {@code /assets/NAME} with a validator, so a
 * browser revalidates with {@code If-None-Match} and gets 304. Javalin's classpath static files
 * mounted the shaded jar as zip file systems to serve three files: 118,000 directory nodes and
 * copies of the jar's central directory, ~65 MB of live heap (BENCHMARKS.md §3, fourteenth round).
 */
final class StaticAssets {
  /** Each asset and its content type. */
  private static final Map<String, String> TYPES =
      Map.of(
          "site.css", "text/css; charset=utf-8",
          "site.js", "text/javascript; charset=utf-8",
          "favicon.svg", "image/svg+xml");

  private record Asset(byte[] bytes, String type, String etag) {}

  private final Map<String, Asset> assets;

  private StaticAssets(Map<String, Asset> assets) {
    this.assets = assets;
  }

  /** Reads every asset from the classpath; a missing one is a broken build. */
  static StaticAssets load() {
    Map<String, Asset> out = new java.util.HashMap<>();
    TYPES.forEach(
        (name, type) -> {
          try (InputStream in = StaticAssets.class.getResourceAsStream("/public/" + name)) {
            if (in == null) {
              throw new IllegalStateException("static asset missing from the classpath: " + name);
            }
            byte[] bytes = in.readAllBytes();
            out.put(name, new Asset(bytes, type, etag(bytes)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return new StaticAssets(Map.copyOf(out));
  }

  private static String etag(byte[] bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
      return '"' + HexFormat.of().formatHex(d, 0, 8) + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code GET /assets/{name}}: the asset, 304 when the browser's copy is current, else 404. */
  void serve(Context ctx) {
    Asset a = assets.get(ctx.pathParam("name"));
    if (a == null
        || ctx.path().endsWith("/")) { // the router ignores a trailing slash; a file has none
      ctx.status(404); // rendered by the site's 404 handler
      return;
    }
    ctx.header("Cache-Control", "max-age=3600");
    ctx.header("ETag", a.etag());
    if (a.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.res().setCharacterEncoding(null); // the type as given: no charset added to the icon
    ctx.res().setContentType(a.type());
    ctx.result(a.bytes());
  }
}
