package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;

/**
 * Path tricks against {@code /reports/{id}}, {@code /api/reports/{id}} and {@code /assets/}: always
 * 400 or 404 with a well-formed body, never a file from outside the index or the bundled static
 * folder, never a 5xx.
 */
class PathsTest {
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

  private static final String REAL_ID = FuzzTest.enc("2021-金乡县投资促进服务中心");

  /** Ways to ask for a file that is not a report, in the raw form they are sent. */
  private static List<String> reportIds() {
    List<String> ids =
        new ArrayList<>(
            List.of(
                "..%2F..%2Fetc%2Fpasswd",
                "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
                "%2e%2e/%2e%2e/etc/passwd",
                "%2e%2e%2f%2e%2e%2fpom.xml",
                "%252e%252e%252fpom.xml",
                "..%5C..%5Cpom.xml",
                "%2Fetc%2Fpasswd",
                "%2F%2Fetc%2Fpasswd",
                "file:%2F%2F%2Fetc%2Fpasswd",
                "....%2F%2F....%2F%2Fetc%2Fpasswd",
                "..",
                "%2e%2e",
                ".",
                "a/b",
                "a/../../pom.xml",
                "x%00",
                "x%00.txt",
                "%00",
                "a%0Ab",
                "a%0D%0ASet-Cookie:%20x=y",
                "%E2%80%AE%E2%80%8Bx",
                "%F0%9F%98%80",
                "%FF%FE",
                "%ED%A0%80",
                "%",
                "%zz",
                "write.lock",
                "segments_1",
                "..%2Findex%2Fwrite.lock",
                REAL_ID + "%2F..%2F..%2Fpom.xml",
                REAL_ID + "%00",
                REAL_ID + "/extra",
                "a".repeat(5_000),
                FuzzTest.enc("报".repeat(2_000))));
    return ids;
  }

  private static final List<String> ASSETS =
      List.of(
          "/assets/../pom.xml",
          "/assets/%2e%2e/%2e%2e/pom.xml",
          "/assets/%2e%2e/pom.xml",
          "/assets/..%2f..%2fpom.xml",
          "/assets/%252e%252e/pom.xml",
          "/assets/.%2e/.%2e/pom.xml",
          "/assets/....//....//pom.xml",
          "/assets/..%5c..%5cpom.xml",
          "/assets/%2Fetc%2Fpasswd",
          "/assets//etc/passwd",
          "/assets/file:/etc/passwd",
          "/assets/../corpus/index.txt",
          "/assets/%2e%2e/corpus/index.txt",
          "/assets/..%2fcorpus%2findex.txt",
          "/assets/../org/nianbao/cli/Main.class",
          "/assets/%2e%2e/org/nianbao/cli/Main.class",
          "/assets/%2e%2e/META-INF/MANIFEST.MF",
          "/assets/site.css%00.txt",
          "/assets/site.css/",
          "/assets/",
          "/assets",
          "/assets/nope.css",
          "/../pom.xml",
          "/%2e%2e/pom.xml",
          "/pom.xml",
          "/index/write.lock",
          "/corpus/index.txt",
          "/org/nianbao/cli/Main.class",
          "/public/site.css",
          "/etc/passwd",
          "/" + "a".repeat(5_000),
          "/api/reports/",
          "/api/reports/..%2F..%2Fpom.xml",
          "/api/reports/%2e%2e/%2e%2e/pom.xml");

  @Test
  void report_ids_that_are_paths_get_400_or_404_and_no_file() throws Exception {
    int n = 0;
    for (String id : reportIds()) {
      for (String prefix : List.of("/reports/", "/api/reports/")) {
        String target = prefix + id + (n % 2 == 0 ? "" : "?q=" + FuzzTest.enc("公开"));
        assertRefused(target);
        n++;
      }
    }
    assertThat(n).isGreaterThan(60);
    for (String id : reportIds()) {
      assertRefused("/reports/" + id + "/original");
    }
    // the bundled sample reports were indexed from text, without an original file to serve
    assertRefused("/reports/" + REAL_ID + "/original");
  }

  @Test
  void static_files_come_only_from_the_bundled_folder() throws Exception {
    for (String target : ASSETS) {
      assertRefused(target);
    }
    RawHttp.Response css = RawHttp.get(site.port(), "/assets/site.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.contentType()).isEqualTo("text/css;charset=utf-8");
    assertThat(css.body()).contains("nianbao search site");
    assertThat(css.header("content-security-policy")).startsWith("default-src 'self'");
    assertThat(RawHttp.get(site.port(), "/assets/favicon.svg").status()).isEqualTo(200);
    assertThat(RawHttp.get(site.port(), "/assets/site.js").status()).isEqualTo(200);
  }

  @Test
  void a_real_report_still_opens() throws Exception {
    assertThat(RawHttp.get(site.port(), "/reports/" + REAL_ID).status()).isEqualTo(200);
    assertThat(
            RawHttp.get(site.port(), "/api/reports/" + REAL_ID + "?q=" + FuzzTest.enc("公开"))
                .status())
        .isEqualTo(200);
  }

  private static void assertRefused(String target) throws Exception {
    String what = target.length() > 200 ? target.substring(0, 200) + "…" : target;
    RawHttp.Response res = RawHttp.get(site.port(), target);
    assertThat(res.status()).as(what).isIn(400, 404);
    assertThat(res.contentType())
        .as(what)
        .isIn("text/html;charset=utf-8", "application/json;charset=utf-8");
    assertThat(res.header("content-security-policy")).as(what).startsWith("default-src 'self'");
    assertThat(res.header("set-cookie")).as(what).isNull();
    assertThat(res.body())
        .as(what)
        .doesNotContain("root:")
        .doesNotContain("<project")
        .doesNotContain("modelVersion")
        .doesNotContain("000_bf1f93b444d87913.txt")
        .doesNotContain("Lucene")
        .doesNotContain("Main-Class")
        .doesNotContain("Exception")
        .doesNotContain("\u0000");
    if (target.startsWith("/api/") && res.status() == 404) {
      assertThat(res.contentType()).as(what).isEqualTo("application/json;charset=utf-8");
      assertThat(res.body().strip()).as(what).startsWith("{\"error\":").doesNotContain("\n");
    }
  }
}
