package org.nianbao.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A deliberately dumb HTTP/1.1 client: sends the request target byte for byte (no normalisation, no
 * re-encoding, so {@code ..}, {@code %2F}, raw non-ASCII and broken escapes reach the server as
 * written) and reads the whole response.
 */
final class RawHttp {
  /** Requests sent by all clients of this class (tests report how many they made). */
  static final AtomicLong REQUESTS = new AtomicLong();

  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Content-Type without spaces, lower case. */
    String contentType() {
      String t = header("content-type");
      return t == null ? null : t.replace(" ", "").toLowerCase(Locale.ROOT);
    }
  }

  private RawHttp() {}

  static Response get(int port, String target) throws IOException {
    return request(
        port,
        ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code raw} (a whole request) and reads the response until the server closes. */
  static Response request(int port, byte[] raw) throws IOException {
    REQUESTS.incrementAndGet();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(raw);
      out.flush();
      byte[] all = socket.getInputStream().readAllBytes();
      return parse(all);
    }
  }

  private static Response parse(byte[] all) throws IOException {
    int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    if (end < 0) {
      throw new IOException("no complete response: " + new String(all, StandardCharsets.UTF_8));
    }
    String[] head = new String(all, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(
          head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          new String(
              head[i].substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
              StandardCharsets.UTF_8));
    }
    byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] in) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (pos < in.length) {
      int eol = indexOf(in, pos, "\r\n".getBytes(StandardCharsets.US_ASCII));
      String sizeLine =
          new String(in, pos, eol - pos, StandardCharsets.US_ASCII).split(";")[0].trim();
      int size = Integer.parseInt(sizeLine, 16);
      if (size == 0) {
        break;
      }
      out.write(in, eol + 2, size);
      pos = eol + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    return indexOf(hay, 0, needle);
  }

  private static int indexOf(byte[] hay, int from, byte[] needle) {
    outer:
    for (int i = from; i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
