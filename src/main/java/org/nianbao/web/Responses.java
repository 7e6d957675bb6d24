package org.nianbao.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.index.Json;

/** Writes HTML pages and JSON bodies with explicit UTF-8 content types and the security headers. */
final class Responses {
  static final String HTML = "text/html; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  /** Strict: only same-origin resources, no inline scripts or styles, no framing, no plugins. */
  static final String CSP =
      "default-src 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

  /** Set on every response, including errors and static files. */
  static final Map<String, String> SECURITY_HEADERS = securityHeaders();

  private static final String WRITTEN = "nianbao.written";

  private final Templates templates;

  Responses(Templates templates) {
    this.templates = templates;
  }

  private static Map<String, String> securityHeaders() {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "same-origin");
    h.put("X-Frame-Options", "DENY");
    return Map.copyOf(h);
  }

  static void secure(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  void html(Context ctx, int status, String template, Object page) {
    String body = templates.render(template, page);
    ctx.status(status).contentType(HTML).result(body);
    ctx.attribute(WRITTEN, Boolean.TRUE);
  }

  static void json(Context ctx, int status, Object value) {
    json(ctx, status, Json.utf8(value));
  }

  /** A body already serialised with {@link Json#utf8}. */
  static void json(Context ctx, int status, byte[] utf8) {
    ctx.status(status).contentType(JSON).result(utf8);
    ctx.attribute(WRITTEN, Boolean.TRUE);
  }

  /**
   * True when a page or JSON body was already written for this request (error handlers skip it).
   */
  static boolean written(Context ctx) {
    return ctx.attribute(WRITTEN) != null;
  }

  static void jsonError(Context ctx, int status, String message) {
    json(ctx, status, Map.of("error", message));
  }

  /** JSON endpoints answer errors in JSON, pages in HTML. */
  static boolean wantsJson(Context ctx) {
    String path = ctx.path();
    return path.startsWith("/api/") || path.equals("/api") || path.equals("/healthz");
  }
}
