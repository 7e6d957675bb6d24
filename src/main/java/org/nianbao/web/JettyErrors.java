package org.nianbao.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before Javalin sees a request (a NUL byte or an encoded {@code
 * ..} in the path, a URL or headers over {@link WebApp#MAX_REQUEST_HEADER_BYTES}) with the same
 * security headers as every other response and a one-line body: JSON under {@code /api/}, a minimal
 * HTML page elsewhere.
 */
final class JettyErrors extends ErrorHandler {
  /** The path Jetty gives a request whose URI it refused (a NUL byte, an encoded {@code ..}). */
  private static final String BAD_MESSAGE = "/badMessage";

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String message = message(status);
    String body;
    Responses.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    if (api(request, status)) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
      body = "{\"error\":\"" + message + "\"}\n";
    } else {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.HTML);
      body =
          "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
              + status
              + " 请求有误 · 年报检索</title></head><body><p>"
              + message
              + " <a href=\"/\">返回首页</a></p></body></html>\n";
    }
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  /** A fixed Chinese sentence per status (nothing from the request is echoed). */
  static String message(int status) {
    return switch (status) {
      case 414 -> "链接太长，请缩短查询后再试。";
      case 431 -> "请求头太大。";
      case 400 -> "请求有误，请检查链接。";
      case 404 -> "这个地址没有内容。";
      default -> status >= 500 ? "服务器出了点问题，请稍后再试。" : "请求无法处理。";
    };
  }

  private static boolean api(Request request, int status) {
    try {
      HttpURI uri = request.getHttpURI();
      if (uri == null) {
        return false;
      }
      // the raw path: a path Jetty refused (a NUL byte, an encoded ..) may not decode at all
      String path;
      try {
        path = uri.getPath();
      } catch (RuntimeException e) {
        path = null;
      }
      if (path == null || path.isEmpty()) {
        path = rawPath(uri.asString());
      }
      if (path.equals(BAD_MESSAGE)) {
        // Jetty refused the URI (400: a NUL byte, an encoded ..) and kept neither its path nor
        // its headers: answer JSON, so an API client always gets JSON (such URLs are probes, not
        // links people follow). An oversized request (414/431) stays the minimal HTML page.
        return status == 400;
      }
      return path.startsWith("/api/") || path.equals("/healthz");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** The path part of a request URI as sent ({@code http://host/p?q} or {@code /p?q}). */
  static String rawPath(String uri) {
    String s = uri == null ? "" : uri;
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      int slash = s.indexOf('/', scheme + 3);
      s = slash < 0 ? "/" : s.substring(slash);
    }
    int end = s.length();
    for (char c : new char[] {'?', '#'}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    return s.substring(0, end);
  }
}
