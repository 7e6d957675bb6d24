package org.nianbao.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.ProgressListener;
import org.nianbao.index.ReportIndexer;
import org.nianbao.ingest.Report;
import org.nianbao.ingest.Section;
import org.nianbao.ingest.Subsection;
import org.nianbao.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reports whose title, agency, county, section titles and text carry markup, and queries, facet
 * values, ids and parameters that do too: in headless Chromium no script runs, no dialog opens and
 * no element is injected, on the search, report, error and API pages. The browser is told to ignore
 * the site's Content-Security-Policy, so escaping alone has to hold; the raw HTML is also checked
 * tag by tag against the app's own markup.
 */
class XssBrowserTest {
  /**
   * Every payload, if it ever runs or parses as markup, leaves a canary: an alert, a title, an
   * element #pwned.
   */
  static final List<String> PAYLOADS =
      List.of(
          "<script>document.title='PWNED';alert(1)</script>",
          "<img src=x id=pwned onerror=alert(1)>",
          "<img/src=x/id=pwned/onerror=alert(1)>",
          "\"><svg id=pwned onload=alert(1)>",
          "'><svg/id=pwned/onload=alert(1)>",
          "\" autofocus onfocus=\"alert(1)\" id=\"pwned",
          "&lt;script&gt;alert(1)&lt;/script&gt;",
          "</textarea></title><a id=pwned href=javascript:alert(1)>x</a>",
          "javascript:alert(1)");

  /**
   * A report with markup where the parser would never put it (agency, county, ids): the worst case.
   */
  static final String HOSTILE_ID = "2021-\"><svg id=pwned onload=alert(1)>";

  static final String HOSTILE_AGENCY = "<img src=x id=pwned onerror=alert(1)>局";
  static final String HOSTILE_COUNTY = "\"><svg id=pwned onload=alert(1)>县";

  @TempDir static Path tmp;
  private static TestSite site;
  private static ChromeDriver driver;
  private static final List<String> PARSED_IDS = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeAvailable();
    Path in = Files.createDirectories(tmp.resolve("in"));
    Corpus.Sample sample = Corpus.samples().getFirst();
    for (int i = 0; i < PAYLOADS.size(); i++) {
      String p = PAYLOADS.get(i);
      String text =
          sample
              .text()
              .replaceFirst("金乡县投资促进服务中心", "金乡县投资促进服务中心" + p.replace(" ", "/"))
              .replaceFirst("（一）主动公开情况", "（一）主动公开情况\n" + p + " 通过微信公众号发布 " + p + " 信息。");
      Files.writeString(in.resolve("x" + i + ".txt"), text, StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("index");
    try (ReportIndexer indexer = ReportIndexer.open(index, 2)) {
      assertThat(indexer.index(List.of(in), false, ProgressListener.NONE).skipped()).isEmpty();
      String all = String.join(" ", PAYLOADS);
      Report hostile =
          new Report(
              "/tmp/" + PAYLOADS.get(1),
              HOSTILE_ID,
              "标题" + all + "政府信息公开工作年度报告",
              HOSTILE_AGENCY,
              org.nianbao.geo.Place.ofCounty(HOSTILE_COUNTY),
              2021,
              List.of(
                  new Section(0, "概述", "", "前言" + all, List.of()),
                  new Section(
                      1,
                      "总体情况",
                      "总体情况" + PAYLOADS.get(3),
                      "（一）" + PAYLOADS.get(0) + "\n微信公众号 " + all,
                      List.of(new Subsection("（一）", PAYLOADS.get(1), 0)))),
              List.of(PAYLOADS.get(2)));
      assertThat(indexer.add(hostile, "test:hostile", "1")).isEqualTo(HOSTILE_ID);
      indexer.commit();
    }
    site = TestSite.start(index);
    for (var hit :
        site.search
            .search(
                new org.nianbao.search.SearchRequest(
                    "",
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    org.nianbao.search.SortOrder.NEWEST,
                    1,
                    100))
            .results()) {
      PARSED_IDS.add(hit.id());
    }
    assertThat(PARSED_IDS).hasSize(PAYLOADS.size() + 1);
    // The parser kept the markup in titles and text (otherwise this test would prove nothing).
    var x1 = site.search.search(org.nianbao.search.SearchRequest.of("pwned")).results();
    assertThat(x1).isNotEmpty();
    assertThat(x1)
        .anySatisfy(h -> assertThat(h.title()).contains("<img/src=x/id=pwned/onerror=alert(1)>"));

    driver = HeadlessChromium.start(tmp.resolve("profile"));
    // Ignore the site's CSP: an injected inline script or handler would run, so escaping alone must
    // hold.
    driver.executeCdpCommand("Page.setBypassCSP", Map.of("enabled", true));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  private static String enc(String s) {
    return FuzzTest.enc(s);
  }

  @Test
  void hostile_queries_and_parameters_are_shown_as_text_on_every_page() throws Exception {
    List<String> targets = new ArrayList<>();
    for (String p : PAYLOADS) {
      targets.add("/search?q=" + enc(p));
      targets.add(
          "/search?q="
              + enc("微信公众号 " + p)
              + "&county="
              + enc(p)
              + "&agency="
              + enc(p)
              + "&section=1");
      targets.add("/search?q=" + enc(p.repeat(30))); // over 200 characters: the 400 page
      targets.add("/search?year=" + enc(p)); // the error message quotes the value
      targets.add("/search?page=" + enc(p) + "&q=" + enc(p));
      targets.add(
          "/reports/" + enc(p.replace("/", "")) + "?q=" + enc(p)); // 404 page for a hostile id
      targets.add("/no/such/" + enc(p.replace("/", ""))); // 404 for an unknown path
      targets.add("/api/search?q=" + enc(p) + "&county=" + enc(p));
      targets.add("/api/search?year=" + enc(p));
    }
    int checked = visitAll(targets);
    assertThat(checked).isEqualTo(targets.size());

    // The query is kept, as text, in the search box.
    for (String p : PAYLOADS) {
      driver.get(site.base() + "/search?q=" + enc(p));
      assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(p);
      assertThat(driver.getTitle()).startsWith(p);
    }
    driver.get(site.base() + "/search?year=" + enc(PAYLOADS.get(1)));
    assertThat(driver.findElement(By.tagName("body")).getText())
        .contains("年度必须是整数：<img src=x id=pwned");
  }

  @Test
  void hostile_reports_are_shown_as_text_in_results_facets_and_report_pages() throws Exception {
    List<String> targets =
        new ArrayList<>(
            List.of(
                "/",
                "/search",
                "/search?q=" + enc("微信公众号"),
                "/search?q=pwned",
                "/search?q=alert",
                "/search?q=script&sort=newest",
                "/search?q=" + enc("政府信息公开") + "&size=100",
                "/search?county=" + enc(HOSTILE_COUNTY),
                "/search?agency=" + enc(HOSTILE_AGENCY) + "&q=" + enc("微信公众号"),
                "/api/search?q=pwned",
                "/api/reports/" + enc(HOSTILE_ID)));
    for (String id : PARSED_IDS) {
      targets.add("/reports/" + enc(id));
      targets.add("/reports/" + enc(id) + "?q=pwned");
      targets.add(
          "/reports/"
              + enc(id)
              + "?q="
              + enc("微信公众号")
              + "&county="
              + enc(HOSTILE_COUNTY)
              + "&agency="
              + enc(PAYLOADS.get(3)));
      targets.add("/reports/" + enc(id) + "?q=" + enc(PAYLOADS.get(0)));
      targets.add("/api/reports/" + enc(id) + "?q=alert");
    }
    assertThat(visitAll(targets)).isEqualTo(targets.size());

    // The payloads are visible as text where they belong.
    driver.get(site.base() + "/reports/" + enc(HOSTILE_ID) + "?q=pwned");
    String body = driver.findElement(By.tagName("body")).getText();
    for (String p : PAYLOADS) {
      assertThat(body).contains(p);
    }
    assertThat(body).contains(HOSTILE_AGENCY).contains(HOSTILE_COUNTY);
    assertThat(driver.findElements(By.tagName("mark")))
        .extracting(WebElement::getText)
        .contains("pwned");

    driver.get(site.base() + "/search?q=pwned");
    String results = driver.findElement(By.tagName("body")).getText();
    assertThat(results).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains(HOSTILE_AGENCY);
  }

  /** Loads every target in the browser and checks it; returns how many were checked. */
  private static int visitAll(List<String> targets) throws Exception {
    int n = 0;
    for (String target : targets) {
      checkInBrowser(target);
      checkRawHtml(target);
      n++;
    }
    return n;
  }

  private static void checkInBrowser(String target) {
    String what = target.length() > 200 ? target.substring(0, 200) + "…" : target;
    try {
      driver.get(site.base() + target);
    } catch (UnhandledAlertException e) {
      throw new AssertionError("a dialog opened on " + what, e);
    }
    try {
      driver.switchTo().alert();
      throw new AssertionError("a dialog opened on " + what);
    } catch (NoAlertPresentException expected) {
      // no dialog: good
    }
    assertThat(driver.getTitle()).as(what).isNotEqualTo("PWNED");
    assertThat(driver.findElements(By.id("pwned"))).as(what).isEmpty();
    assertThat(
            driver.findElements(
                By.cssSelector(
                    "img, svg:not(.year-chart), iframe, object, embed, textarea") /* the year chart is the app's own */))
        .as(what)
        .isEmpty();
    for (WebElement script : driver.findElements(By.tagName("script"))) {
      assertThat(script.getAttribute("src")).as(what).endsWith("/assets/site.js");
    }
    Object injected =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                    + ".filter(a => a.name.startsWith('on') || (/^(href|src|action|formaction)$/.test(a.name) && /^\\s*javascript:/i.test(a.value)))"
                    + ".map(a => e.tagName + ' ' + a.name + '=' + a.value));");
    assertThat((List<?>) injected).as(what).isEmpty();
  }

  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s*([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?|\\s*/");
  private static final Set<String> OWN_TAGS =
      Set.of(
          "html",
          "head",
          "meta",
          "title",
          "link",
          "script",
          "body",
          "header",
          "main",
          "footer",
          "nav",
          "aside",
          "section",
          "article",
          "div",
          "span",
          "p",
          "a",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "h1",
          "h2",
          "h3",
          "h4",
          "form",
          "label",
          "input",
          "button",
          "fieldset",
          "legend",
          "select",
          "option",
          "mark",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "strong",
          "em",
          "small",
          "br",
          "time",
          "details",
          "summary",
          "abbr",
          "code",
          "pre",
          "caption",
          "kbd",
          "svg",
          "rect",
          "text",
          "textarea"); // the year chart (inline SVG) and the batch search form

  /** The raw HTML: every tag is one of the app's own, no event handler, no javascript: URL. */
  private static void checkRawHtml(String target) throws Exception {
    String what = target.length() > 200 ? target.substring(0, 200) + "…" : target;
    RawHttp.Response res = RawHttp.get(site.port(), target);
    assertThat(res.status()).as(what).isIn(200, 400, 404);
    if (!"text/html;charset=utf-8".equals(res.contentType())) {
      // JSON carries the text as is (snippets are HTML by contract); nosniff keeps browsers from
      // rendering it.
      assertThat(res.contentType()).as(what).isEqualTo("application/json;charset=utf-8");
      assertThat(res.header("x-content-type-options")).as(what).isEqualTo("nosniff");
      org.nianbao.index.Json.mapper().readTree(res.body());
      return;
    }
    String html = res.body().substring("<!DOCTYPE html>".length());
    Matcher tag = TAG.matcher(html);
    int scripts = 0;
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      assertThat(OWN_TAGS).as(what + ": tag <" + name + ">").contains(name);
      if (name.equals("script") && tag.group(1).isEmpty()) {
        assertThat(tag.group()).as(what).isEqualTo("<script src=\"/assets/site.js\" defer>");
        scripts++;
      }
      Matcher attr = ATTRIBUTE.matcher(tag.group(3));
      while (attr.find()) {
        String a = attr.group(1);
        if (a == null) {
          continue;
        }
        assertThat(a.toLowerCase(java.util.Locale.ROOT))
            .as(what + ": attribute in " + tag.group())
            .doesNotStartWith("on");
        assertThat(a).as(what + ": attribute name in " + tag.group()).matches("[a-zA-Z-]+");
        String value = attr.group(2) == null ? "" : attr.group(2).replaceAll("^[\"']|[\"']$", "");
        if (Set.of("href", "src", "action", "formaction")
            .contains(a.toLowerCase(java.util.Locale.ROOT))) {
          assertThat(value.strip().toLowerCase(java.util.Locale.ROOT))
              .as(what + ": " + a)
              .doesNotStartWith("javascript:");
        }
      }
    }
    assertThat(scripts).as(what).isEqualTo(1);
    // No unescaped markup characters outside tags: every '<' starts one of the tags above.
    String text = TAG.matcher(html).replaceAll("");
    assertThat(text.indexOf('<'))
        .as(what + ": a '<' that does not start one of the app's tags")
        .isEqualTo(-1);
    assertThat(text.indexOf('>')).as(what + ": an unescaped '>'").isEqualTo(-1);
  }
}
