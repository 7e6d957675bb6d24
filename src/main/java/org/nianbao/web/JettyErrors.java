package org.nianbao.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the few errors Jetty raises before Javalin sees a request (e.g. a NUL byte in the
 * path) with a short Chinese text and the same security headers as every other response.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Responses.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    String body = response.getStatus() + " 请求无法处理。\n";
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
