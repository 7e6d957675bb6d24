package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.search.SearchService;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core 4.14.1 (vendored in {@code src/test/resources/axe}) run inside headless Chromium on
 * every page type of the site, with its default rules (WCAG 2.x A/AA and best practices): each page
 * must have no violation. A failure lists each violation's rule id and the CSS targets.
 */
class AccessibilityBrowserTest {
  /**
   * Rules axe leaves off by default, switched on here: WCAG 2.2 target size, duplicate ids and the
   * experimental table, heading and focus-order checks.
   */
  private static final List<String> EXTRA_RULES =
      List.of(
          "target-size",
          "duplicate-id",
          "duplicate-id-active",
          "td-has-header",
          "table-fake-caption",
          "p-as-heading",
          "focus-order-semantics",
          "css-orientation-lock");

  private static final String PUBLIC_Q = "%E5%85%AC%E5%BC%80"; // 公开: every sample report

  @TempDir static Path indexDir;
  @TempDir static Path profileDir;

  private static SearchService search;
  private static Javalin app;
  private static ChromeDriver driver;
  private static String base;
  private static String axeSource;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeAvailable();
    try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
      assertThat(in).as("vendored axe.min.js").isNotNull();
      axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    BundledIndex.ensure(indexDir);
    search = LuceneSearchService.open(indexDir);
    app = WebApp.create(search, new WebConfig("127.0.0.1", 0, false)).start();
    base = "http://127.0.0.1:" + app.port();
    driver = HeadlessChromium.start(profileDir);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
    if (search != null) {
      search.close();
    }
  }

  @AfterEach
  void desktop() {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Runs axe on the page loaded now; returns "rule: target, target …" per violation. */
  private static List<String> violations() throws IOException {
    driver.executeScript(axeSource);
    Object json =
        driver.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations'], rules: {"
                + EXTRA_RULES.stream()
                    .map(r -> "'" + r + "': {enabled: true}")
                    .collect(java.util.stream.Collectors.joining(", "))
                + "}})"
                + ".then(function (r) { done(JSON.stringify(r.violations)); },"
                + " function (e) { done('ERROR ' + e); });");
    String text = String.valueOf(json);
    assertThat(text).as("axe.run").doesNotStartWith("ERROR");
    List<String> out = new ArrayList<>();
    for (JsonNode v : new ObjectMapper().readTree(text)) {
      List<String> targets = new ArrayList<>();
      for (JsonNode node : v.path("nodes")) {
        targets.add(node.path("target").toString());
      }
      out.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): " + targets);
    }
    return out;
  }

  private static void assertAccessible(String page) throws IOException {
    List<String> found = violations();
    found.forEach(v -> System.out.println("axe " + page + " " + driver.getCurrentUrl() + " " + v));
    assertThat(found)
        .as("axe violations on " + page + " (" + driver.getCurrentUrl() + ")")
        .isEmpty();
  }

  @Test
  void home() throws IOException {
    driver.get(base + "/");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("政府信息公开工作年度报告全文检索");
    assertAccessible("home");
  }

  @Test
  void search_results_with_facets() throws IOException {
    driver.get(base + "/search?q=" + PUBLIC_Q + "&county=%E9%87%91%E4%B9%A1%E5%8E%BF");
    assertThat(driver.findElements(By.cssSelector(".hit"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("fieldset.facet"))).hasSizeGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector(".year-chart a"))).isNotEmpty();
    assertAccessible("search");
    // what is closed at first ("更多" lists of long facets) is checked open too
    driver.executeScript(
        "document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
    assertThat(driver.findElements(By.cssSelector("details:not([open])"))).isEmpty();
    assertAccessible("search (all lists open)");
  }

  @Test
  void search_with_a_facet_query() throws IOException {
    driver.get(base + "/search?q=" + PUBLIC_Q + "&fq_county=%E9%87%91");
    assertThat(driver.findElements(By.cssSelector(".facet-note"))).isNotEmpty();
    assertAccessible("facet query");
  }

  @Test
  void search_without_hits() throws IOException {
    driver.get(base + "/search?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E8%AF%8Dxyzzy");
    assertThat(driver.findElement(By.cssSelector(".empty h2")).getText()).isEqualTo("没有找到匹配的报告");
    assertAccessible("no hits");
  }

  @Test
  void search_with_a_notice() throws IOException {
    driver.get(base + "/search?q=AND");
    assertThat(driver.findElements(By.cssSelector("p.notice"))).isNotEmpty();
    assertAccessible("notice");
  }

  @Test
  void search_that_fails() throws IOException {
    driver.get(base + "/search?q=%E5%85%AC%E5%BC%80&sort=worst");
    assertAccessible("failed search");
  }

  @Test
  void report_with_tables_and_a_query() throws IOException {
    driver.get(base + "/search?q=" + PUBLIC_Q);
    List<String> reports =
        driver.findElements(By.cssSelector(".hit-title a")).stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    boolean sawTables = false;
    for (String report : reports) {
      driver.get(report);
      assertThat(driver.findElements(By.cssSelector("mark"))).isNotEmpty();
      sawTables |= !driver.findElements(By.cssSelector(".report-body table")).isEmpty();
      assertAccessible("report");
    }
    assertThat(reports).hasSize(5);
    assertThat(sawTables).isTrue();
  }

  @Test
  void stats() throws IOException {
    driver.get(base + "/stats");
    assertThat(driver.findElements(By.tagName("table"))).isNotEmpty();
    assertAccessible("stats");
  }

  @Test
  void batch_with_results() throws IOException {
    driver.get(base + "/batch");
    assertAccessible("batch form");
    driver.findElement(By.id("terms")).sendKeys("微信公众号\n行政复议\n没有这个词xyzzy\n");
    driver.findElement(By.cssSelector(".batch-actions button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector(".batch-table")).isEmpty());
    assertAccessible("batch");
  }

  @Test
  void compare_view() throws IOException {
    driver.get(base + "/search?q=" + PUBLIC_Q + "&sort=oldest");
    List<String> ids =
        driver.findElements(By.cssSelector(".hit-title a")).stream()
            .map(a -> a.getAttribute("href").replaceAll(".*/reports/([^?#]+).*", "$1"))
            .toList();
    driver.get(base + "/compare?a=" + ids.get(0) + "&b=" + ids.get(1));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("年度对比");
    assertAccessible("compare");
  }

  @Test
  void not_found() throws IOException {
    driver.get(base + "/no/such/page");
    assertThat(driver.findElement(By.cssSelector(".status-code")).getText()).isEqualTo("404");
    assertAccessible("404");
    driver.get(base + "/reports/no-such-report");
    assertThat(driver.findElement(By.cssSelector(".status-code")).getText()).isEqualTo("404");
    assertAccessible("404 report");
  }

  @Test
  void search_at_phone_width() throws IOException {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    driver.get(base + "/search?q=" + PUBLIC_Q);
    WebElement drawer = driver.findElement(By.cssSelector(".facet-drawer"));
    assertThat(drawer.getAttribute("open")).isNull();
    assertAccessible("phone search (drawer closed)");
    driver.findElement(By.cssSelector(".facet-drawer > summary")).click();
    assertAccessible("phone search (drawer open)");
    driver.get(base + "/reports/" + firstReportId() + "?q=" + PUBLIC_Q);
    assertAccessible("phone report");
  }

  private static String firstReportId() {
    return driver
        .findElement(By.cssSelector(".hit-title a"))
        .getAttribute("href")
        .replaceAll(".*/reports/([^?#]+).*", "$1");
  }

  /**
   * WCAG 1.4.11 (not checked by axe): the border of every visible text field and select reaches 3:1
   * against the page's white background.
   */
  @Test
  void form_field_borders_reach_three_to_one() {
    List<String> pages =
        List.of(
            "/",
            "/search?q=" + PUBLIC_Q + "&fq_county=%E5%8E%BF",
            "/reports/" + "x",
            "/batch",
            "/stats");
    String script =
        "function lum(c) { var m = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);"
            + " var l = m.map(function (v) { v /= 255;"
            + " return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });"
            + " return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]; }"
            + "var out = [];"
            + "document.querySelectorAll('input[type=search], input[type=text], textarea, select')"
            + ".forEach(function (e) { if (!e.offsetParent) { return; }"
            + " var st = getComputedStyle(e);"
            + " var ratio = 1.05 / (lum(st.borderTopColor) + 0.05);"
            + " out.push((e.id || e.name) + ' ' + st.borderTopColor + ' ' + ratio.toFixed(2)); });"
            + "return out;";
    int fields = 0;
    for (String page : pages) {
      driver.get(base + page);
      @SuppressWarnings("unchecked")
      List<String> found = (List<String>) driver.executeScript(script);
      for (String f : found) {
        double ratio = Double.parseDouble(f.substring(f.lastIndexOf(' ') + 1));
        assertThat(ratio).as(page + ": " + f).isGreaterThanOrEqualTo(3.0);
        fields++;
      }
    }
    assertThat(fields).isGreaterThanOrEqualTo(6);
  }
}
