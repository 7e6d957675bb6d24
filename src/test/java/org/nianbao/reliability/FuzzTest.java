package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.index.Json;

/**
 * Thousands of random, hostile queries and parameters against {@code /search} and {@code
 * /api/search} of the real site: every answer is 200 (results or a friendly message) or 400 with a
 * one-line error, never a 5xx; plus the documented caps, one by one.
 *
 * <p>{@code -Dnianbao.fuzz.requests=N} changes the number of random requests (default 3000).
 */
class FuzzTest {
  private static final long SEED = 0x5eed_2024L;
  private static final int REQUESTS = Integer.getInteger("nianbao.fuzz.requests", 3_000);

  /** Generated URLs stay under the server's header cap, so the app itself answers every one. */
  private static final int MAX_TARGET = 60_000;

  @TempDir static Path indexDir;
  private static TestSite site;

  @BeforeAll
  static void start() throws Exception {
    BundledIndex.ensure(indexDir);
    site = TestSite.start(indexDir);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  @Test
  void random_hostile_parameters_never_cause_a_server_error() throws Exception {
    Random random = new Random(SEED);
    Map<Integer, Integer> byStatus = new TreeMap<>();
    long before = RawHttp.REQUESTS.get();
    for (int i = 0; i < REQUESTS; i++) {
      boolean api = i % 2 == 0;
      String target = (api ? "/api/search?" : "/search?") + randomQueryString(random);
      RawHttp.Response res = RawHttp.get(site.port(), target);
      byStatus.merge(res.status(), 1, Integer::sum);
      assertWellFormed(target, res, api);
    }
    long made = RawHttp.REQUESTS.get() - before;
    System.out.printf("fuzz: %d requests, statuses %s%n", made, byStatus);
    assertThat(made).isEqualTo(REQUESTS);
    assertThat(byStatus.keySet()).containsOnly(200, 400);
    // The mix really exercises both outcomes.
    assertThat(byStatus.get(200)).isGreaterThan(REQUESTS / 10);
    assertThat(byStatus.get(400)).isGreaterThan(REQUESTS / 10);
  }

  @Test
  void the_documented_cases_answer_exactly() throws Exception {
    String longQuery = enc("公开".repeat(2_500)); // 5,000 characters
    Object[][] cases = {
      {"page=-5", 400, "页码"},
      {"page=0", 400, "页码"},
      {"page=x", 400, "页码"},
      {"page=10001", 400, "页码"},
      {"page=2147483648", 400, "页码"},
      {"page=10000&size=10", 200, null},
      {"page=10000&size=500", 400, "页码太大"},
      {"size=100000", 200, "每页最多显示"}, // the API caps at 500, the site at 100: checked below
      {"size=0", 400, "每页"},
      {"size=-1", 400, "每页"},
      {"year=abc", 400, "年度"},
      {"year=99999999999", 400, "年度"},
      {"section=x", 400, "章节"},
      {"sort=random", 400, "排序"},
      {"county=%E4%B8%8D%E5%AD%98%E5%9C%A8%E5%8E%BF", 200, null}, // 不存在县: matches nothing
      {"county=" + enc("<script>alert(1)</script>"), 200, null},
      {"q=a&q=b&q=c&page=1&page=2&sort=newest&sort=oldest", 200, null},
      {"q=" + longQuery, 400, "查询太长"},
      {"q=" + enc("a".repeat(201)), 400, "查询太长"},
      {"q=" + enc("a".repeat(200)), 200, null},
      {"q=%00", 200, null},
      {"q=%EF%BB%BF", 200, null},
      {"q=%E2%80%8B%E2%80%8B", 200, null},
      {"q=%", 200, null},
      {"q=%zz", 200, null},
      {"q=%ED%A0%80", 400, "没有可检索"},
      {"q=" + enc("\"((((*?~^:+-|!"), 400, "没有可检索"},
      {"q=" + enc("OR AND NOT"), 200, null},
      {"q=" + enc("微信 OR OR -NOT AND 公众号"), 200, null},
      {"county=x&".repeat(50) + "q=a", 200, null},
      {"county=x&".repeat(51) + "q=a", 400, "取值太多"},
      {"year=2021&".repeat(51), 400, "取值太多"},
    };
    for (Object[] c : cases) {
      for (String endpoint : List.of("/api/search?", "/search?")) {
        String target = endpoint + c[0];
        RawHttp.Response res = RawHttp.get(site.port(), target);
        assertThat(res.status()).as(target).isEqualTo(c[1]);
        assertWellFormed(target, res, endpoint.startsWith("/api"));
        if (c[2] != null) {
          assertThat(res.body()).as(target).contains((String) c[2]);
        }
      }
    }
    assertThat(RawHttp.get(site.port(), "/api/search?size=100000").body())
        .contains("每页最多显示 500 份报告");
    assertThat(RawHttp.get(site.port(), "/search?size=100000").body()).contains("每页最多显示 100 份报告");
  }

  @Test
  void oversized_requests_are_refused_with_a_one_line_error() throws Exception {
    String huge = "q=" + "%E5%85%AC".repeat(10_000); // 90 KB of URL, over the 64 KiB cap
    // Jetty refuses it before the path is read, so even /api/ gets the minimal one-line HTML page.
    for (String endpoint : List.of("/api/search?", "/search?")) {
      RawHttp.Response res = RawHttp.get(site.port(), endpoint + huge);
      assertThat(res.status()).isEqualTo(414);
      assertThat(res.contentType()).isEqualTo("text/html;charset=utf-8");
      assertThat(res.header("content-security-policy")).startsWith("default-src 'self'");
      assertThat(res.body()).contains("链接太长").doesNotContain("%E5").endsWith("</html>\n");
      assertThat(res.body().strip()).doesNotContain("\n");
    }

    String bigHeader =
        "GET /api/search?q=a HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Junk: "
            + "a".repeat(70_000)
            + "\r\nConnection: close\r\n\r\n";
    RawHttp.Response headers =
        RawHttp.request(site.port(), bigHeader.getBytes(StandardCharsets.US_ASCII));
    assertThat(headers.status()).isEqualTo(431);
    assertThat(headers.body()).doesNotContain("\n\n").doesNotContain("Exception");

    // A body is never read; a big one does not hurt.
    String post =
        "POST /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + "Content-Length: 200000\r\nConnection: close\r\n\r\n"
            + "q=a&".repeat(50_000);
    RawHttp.Response posted =
        RawHttp.request(site.port(), post.getBytes(StandardCharsets.US_ASCII));
    assertThat(posted.status()).isIn(404, 405, 413);
    assertThat(posted.contentType()).isEqualTo("application/json;charset=utf-8");

    // The server is fine afterwards.
    assertThat(RawHttp.get(site.port(), "/api/search?q=" + enc("公开")).status()).isEqualTo(200);
  }

  /** Status, content type, security headers and body shape of one answer. */
  static void assertWellFormed(String target, RawHttp.Response res, boolean api) throws Exception {
    String what = target.length() > 300 ? target.substring(0, 300) + "…" : target;
    assertThat(res.status()).as(what).isIn(200, 400);
    assertThat(res.header("content-security-policy")).as(what).startsWith("default-src 'self'");
    assertThat(res.body()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
    if (api) {
      assertThat(res.contentType()).as(what).isEqualTo("application/json;charset=utf-8");
      assertThat(res.body().strip()).as(what).doesNotContain("\n");
      JsonNode json = Json.mapper().readTree(res.body());
      if (res.status() == 200) {
        assertThat(json.has("total") && json.has("results")).as(what).isTrue();
      } else {
        assertThat(json.size()).as(what).isEqualTo(1);
        assertThat(json.get("error").asText()).as(what).isNotBlank().doesNotContain("\n");
      }
    } else {
      assertThat(res.contentType()).as(what).isEqualTo("text/html;charset=utf-8");
      assertThat(res.body()).as(what).startsWith("<!DOCTYPE html>").contains("</html>");
      if (res.status() == 400) {
        assertThat(res.body()).as(what).contains("无法完成这次搜索");
      }
    }
  }

  // ---- random input ----

  private static final String[] NAMES = {
    "q", "q", "q", "county", "agency", "year", "section", "sort", "page", "size", "x", "q[]", ""
  };
  private static final String[] NUMBERS = {
    "-5",
    "0",
    "1",
    "2",
    "x",
    "",
    " 3 ",
    "1e3",
    "10000",
    "10001",
    "2147483648",
    "-2147483649",
    "100000",
    "500",
    "501",
    "٣",
    "0x10",
    "2021",
    "2024",
    "3.5",
    "+7",
    "NaN",
    "null",
    "\u0000",
    "1\n",
  };
  private static final String[] SORTS = {
    "relevance", "newest", "oldest", "RELEVANCE", "", "random", "\u0000", " newest"
  };
  private static final String[] RAW_BROKEN = {
    "%",
    "%z",
    "%zz",
    "%E4%B8",
    "%FF",
    "%C0%AF",
    "%ED%A0%80",
    "%F4%90%80%80",
    "%EF%BB%BF",
    "%00",
    "%0A",
    "%0D%0A",
    "+",
    "&",
    "=",
    "&&",
    "==",
  };
  private static final String[] WORDS = {
    "OR",
    "AND",
    "NOT",
    "or",
    "|",
    "-",
    "+",
    "\"",
    "「",
    "」",
    "(",
    ")",
    "*",
    "?",
    "~",
    "^",
    ":",
    "!",
    "\\",
    "/",
    "微信公众号",
    "公开",
    "行政复议",
    "金乡县",
    "<script>",
    "&amp;",
    "' OR 1=1 --",
    "${7*7}",
    "{{7*7}}",
    "%s%n",
    "\u200B",
    "\uFEFF",
    "\u202E",
    "\u0000",
  };

  static String randomQueryString(Random r) {
    StringBuilder sb = new StringBuilder();
    int params = r.nextInt(6);
    for (int i = 0; i < params; i++) {
      if (i > 0 || r.nextInt(10) == 0) {
        sb.append('&');
      }
      String name = NAMES[r.nextInt(NAMES.length)];
      sb.append(name);
      if (r.nextInt(20) != 0) {
        sb.append('=').append(value(r, name));
      }
      if (r.nextInt(8) == 0) {
        sb.append(RAW_BROKEN[r.nextInt(RAW_BROKEN.length)]);
      }
      if (sb.length() > MAX_TARGET) {
        sb.setLength(0);
        sb.append("q=").append(enc("公开".repeat(r.nextInt(2_600))));
        break;
      }
    }
    return sb.toString();
  }

  private static String value(Random r, String name) {
    return switch (name) {
      case "page", "size", "year", "section" ->
          enc(r.nextInt(4) == 0 ? text(r) : NUMBERS[r.nextInt(NUMBERS.length)]);
      case "sort" -> enc(r.nextInt(4) == 0 ? text(r) : SORTS[r.nextInt(SORTS.length)]);
      default -> r.nextInt(15) == 0 ? RAW_BROKEN[r.nextInt(RAW_BROKEN.length)] : enc(text(r));
    };
  }

  /**
   * Random text: words, operators, CJK, supplementary planes, controls, zero-width, sometimes 5,000
   * chars.
   */
  static String text(Random r) {
    int length =
        switch (r.nextInt(20)) {
          case 0 -> 5_000;
          case 1 -> 150 + r.nextInt(100); // around the 200-character cap
          default -> r.nextInt(25);
        };
    StringBuilder sb = new StringBuilder();
    while (sb.length() < length) {
      switch (r.nextInt(9)) {
        case 0 -> sb.append(WORDS[r.nextInt(WORDS.length)]);
        case 1 -> sb.append(' ');
        case 2 -> sb.appendCodePoint(0x4E00 + r.nextInt(0x9FFF - 0x4E00)); // CJK
        case 3 ->
            sb.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000)); // supplementary planes
        case 4 -> sb.appendCodePoint(r.nextInt(0x20)); // C0 controls incl. NUL
        case 5 -> sb.appendCodePoint(0x7F + r.nextInt(0x21)); // DEL, C1 controls
        case 6 -> sb.append("\u200B\u200C\u200D\u2060\uFEFF\u00AD\u2028".charAt(r.nextInt(7)));
        case 7 -> sb.append("\"()*?~^:+-|!「」".charAt(r.nextInt(14)));
        default -> sb.appendCodePoint(0x20 + r.nextInt(0x5F)); // printable ASCII
      }
    }
    if (sb.length() > length) {
      sb.setLength(length);
    }
    return sb.toString();
  }

  /**
   * Percent-encodes UTF-8 (everything but unreserved characters); a lone surrogate, which has no
   * UTF-8 form, goes out as the bytes Java's lenient encoder would produce ({@code ?}).
   */
  static String enc(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }
}
