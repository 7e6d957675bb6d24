package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14 workflows in a real browser: filters applied on tick (JavaScript), the facet search box
 * and the 筛选 button without JavaScript, the year chart as a filter, the drawer at phone width.
 */
class ResearchBrowserTest {
  private static final String Q = "/search?q=%E5%85%AC%E5%BC%80"; // 公开: every sample report

  @TempDir static Path indexDir;
  @TempDir static Path profileDir;

  private static SearchService search;
  private static Javalin app;
  private static ChromeDriver driver;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    HeadlessChromium.assumeAvailable();
    BundledIndex.ensure(indexDir);
    search = LuceneSearchService.open(indexDir);
    app = WebApp.create(search, new WebConfig("127.0.0.1", 0, false)).start();
    base = "http://127.0.0.1:" + app.port();
    driver = HeadlessChromium.start(profileDir);
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
  void desktopWithScripts() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  private static void waitForUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains(part));
  }

  private static WebElement checkbox(String name, String value) {
    for (WebElement input :
        driver.findElements(By.cssSelector("input[type=checkbox][name=" + name + "]"))) {
      if (value.equals(input.getAttribute("value"))) {
        return input;
      }
    }
    throw new AssertionError("no " + name + " checkbox for " + value);
  }

  private static List<String> labels(String name) {
    return driver
        .findElements(By.cssSelector("input[name=" + name + "] + label .facet-label"))
        .stream()
        .map(e -> e.getAttribute("textContent"))
        .toList();
  }

  @Test
  void with_javascript_ticking_a_county_applies_it_at_once() {
    driver.get(base + Q);
    WebElement box = checkbox("county", "金乡县");
    driver.findElement(By.cssSelector("label[for=" + box.getAttribute("id") + "]")).click();
    waitForUrl("county=%E9%87%91%E4%B9%A1%E5%8E%BF");
    assertThat(checkbox("county", "金乡县").isSelected()).isTrue();
    assertThat(driver.findElements(By.cssSelector(".hit-meta")))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText()).contains("金乡县"));
    // the selected county is pinned first
    assertThat(labels("county").getFirst()).isEqualTo("金乡县");
  }

  @Test
  void without_javascript_the_facet_search_box_and_the_button_work() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(base + Q + "&fq_county=%E9%87%91");
    assertThat(labels("county")).isNotEmpty().allSatisfy(l -> assertThat(l).contains("金"));
    WebElement find = driver.findElement(By.id("fq_county"));
    find.clear();
    find.sendKeys("高青", Keys.ENTER);
    waitForUrl("fq_county=%E9%AB%98%E9%9D%92");
    assertThat(labels("county")).containsExactly("高青县");
    checkbox("county", "高青县").click();
    assertThat(driver.getCurrentUrl())
        .doesNotContain("&county="); // no script: nothing submitted yet
    driver.findElement(By.cssSelector(".facet-actions button[type=submit]")).click();
    waitForUrl("&county=%E9%AB%98%E9%9D%92%E5%8E%BF");
    assertThat(checkbox("county", "高青县").isSelected()).isTrue();
  }

  @Test
  void the_year_chart_filters_by_year() {
    driver.get(base + Q);
    List<WebElement> bars = driver.findElements(By.cssSelector(".year-chart a"));
    assertThat(bars)
        .hasSize(driver.findElements(By.cssSelector("input[name=year]")).size())
        .isNotEmpty();
    String label = bars.getFirst().getAttribute("aria-label");
    String year = label.substring(0, 4);
    bars.getFirst().click();
    waitForUrl("year=" + year);
    assertThat(checkbox("year", year).isSelected()).isTrue();
    assertThat(driver.findElements(By.cssSelector(".hit-meta")))
        .allSatisfy(m -> assertThat(m.getText()).contains(year + "年"));
  }

  @Test
  void at_phone_width_the_filters_are_a_closed_drawer_above_the_results() {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    driver.get(base + Q);
    WebElement drawer = driver.findElement(By.cssSelector(".facet-drawer"));
    assertThat(drawer.getAttribute("open")).isNull();
    WebElement firstHit = driver.findElement(By.cssSelector(".hit"));
    assertThat(drawer.getRect().getY()).isLessThan(firstHit.getRect().getY());
    assertThat(drawer.getRect().getY()).isLessThan(400);
    driver.findElement(By.cssSelector(".facet-drawer > summary")).click();
    assertThat(drawer.getAttribute("open")).isNotNull();
    WebElement box = checkbox("county", "金乡县");
    driver.findElement(By.cssSelector("label[for=" + box.getAttribute("id") + "]")).click();
    waitForUrl("county=%E9%87%91%E4%B9%A1%E5%8E%BF");
  }

  @Test
  void batch_search_gives_a_table_linking_to_each_search() {
    driver.get(base + "/batch");
    driver.findElement(By.id("terms")).sendKeys("微信公众号\n行政复议\n");
    driver.findElement(By.cssSelector(".batch-actions button[type=submit]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(d -> !d.findElements(By.cssSelector(".batch-table")).isEmpty());
    assertThat(
            driver.findElements(By.cssSelector(".batch-table tbody th")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactly("微信公众号", "行政复议");
    WebElement total = driver.findElement(By.cssSelector(".batch-table tbody tr td a"));
    String count = total.getText();
    total.click();
    waitForUrl("/search?q=");
    assertThat(driver.findElement(By.cssSelector(".result-count")).getText())
        .startsWith("找到 " + count + " 份报告");
  }

  @Test
  void the_citation_is_text_without_javascript_and_copyable_with_it() {
    driver.get(base + Q);
    // without the #m1 anchor, so that loading it again is a new page, not a jump within this one
    String report =
        driver
            .findElement(By.cssSelector(".hit-title a"))
            .getAttribute("href")
            .replaceAll("#.*", "");
    driver.get(report);
    WebElement copy = driver.findElement(By.cssSelector(".copy-citation"));
    assertThat(copy.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.cssSelector(".citation-link")).getText())
        .startsWith(base + "/reports/");
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(report);
    assertThat(driver.findElement(By.cssSelector(".copy-citation")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.cssSelector(".citation-text")).getText())
        .contains("》")
        .contains("/reports/");
  }

  private static WebElement matchNav(int n) {
    return driver.findElement(By.cssSelector("mark#m" + n + " + .match-nav"));
  }

  @Test
  void without_javascript_a_result_lands_on_the_first_match_and_links_step_through_them() {
    driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    driver.get(base + Q);
    WebElement title = driver.findElement(By.cssSelector(".hit-title a"));
    assertThat(title.getAttribute("href")).endsWith("#m1");
    title.click();
    waitForUrl("#m1");
    String note = driver.findElement(By.cssSelector(".highlight-note")).getText();
    int total = Integer.parseInt(note.replaceAll(".*共 (\\d+) 处.*", "$1"));
    assertThat(total).isGreaterThan(2);
    assertThat(driver.findElements(By.cssSelector(".report-body mark[id^=m]"))).hasSize(total);
    assertThat(matchNav(1).isDisplayed()).isTrue();
    assertThat(matchNav(1).getText()).isEqualTo("第 1 / " + total + " 处 下一处");
    assertThat(matchNav(2).isDisplayed()).isFalse();
    matchNav(1).findElement(By.linkText("下一处")).click();
    waitForUrl("#m2");
    assertThat(matchNav(1).isDisplayed()).isFalse();
    assertThat(matchNav(2).getText()).isEqualTo("第 2 / " + total + " 处 上一处 下一处");
    matchNav(2).findElement(By.linkText("上一处")).click();
    waitForUrl("#m1");
    assertThat(matchNav(1).isDisplayed()).isTrue();
    // each section with matches says how many and links to its first one
    WebElement count = driver.findElements(By.cssSelector(".section-marks")).getLast();
    String anchor = count.findElement(By.tagName("a")).getAttribute("href").replaceAll(".*#", "");
    count.findElement(By.tagName("a")).click();
    waitForUrl("#" + anchor);
    WebElement first = driver.findElement(By.cssSelector("#" + anchor + " + mark"));
    int n = Integer.parseInt(first.getAttribute("id").substring(1));
    assertThat(matchNav(n).isDisplayed()).isTrue();
    assertThat(matchNav(n).getText()).startsWith("第 " + n + " / " + total + " 处");
    int sections = 0;
    for (WebElement c : driver.findElements(By.cssSelector(".section-marks"))) {
      sections += Integer.parseInt(c.getText().replaceAll("本节 (\\d+) 处匹配.*", "$1"));
    }
    assertThat(sections).isEqualTo(total);
  }

  @Test
  void with_javascript_the_keys_n_and_p_move_the_focus_between_matches() {
    driver.get(base + Q);
    driver.findElement(By.cssSelector(".hit-title a")).click();
    waitForUrl("#m1");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(d -> "m1".equals(driver.switchTo().activeElement().getAttribute("id")));
    new Actions(driver).sendKeys("n").perform();
    waitForUrl("#m2");
    wait.until(d -> "m2".equals(driver.switchTo().activeElement().getAttribute("id")));
    assertThat(matchNav(2).isDisplayed()).isTrue();
    new Actions(driver).sendKeys("n").perform();
    waitForUrl("#m3");
    new Actions(driver).sendKeys("p").perform();
    waitForUrl("#m2");
    wait.until(d -> "m2".equals(driver.switchTo().activeElement().getAttribute("id")));
    // the focused match is in the viewport
    Number top =
        (Number)
            driver.executeScript(
                "return document.getElementById('m2').getBoundingClientRect().top;");
    assertThat(top.doubleValue()).isBetween(0.0, 900.0);
    // typing n in the search box types, it does not jump
    WebElement box = driver.findElement(By.id("header-q"));
    box.sendKeys("n");
    assertThat(driver.getCurrentUrl()).endsWith("#m2");
    assertThat(box.getAttribute("value")).endsWith("n");
  }

  @Test
  void with_javascript_the_facet_search_box_filters_the_list_as_you_type() {
    // (a list this short has a search box once it is searched: 县 matches every county)
    driver.get(base + Q + "&fq_county=%E5%8E%BF");
    String page = driver.getCurrentUrl();
    assertThat(labels("county")).contains("金乡县", "高青县", "汶上县");
    WebElement find = driver.findElement(By.id("fq_county"));
    find.sendKeys(Keys.END, Keys.BACK_SPACE, "高青");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(d -> labels("county").equals(List.of("高青县")));
    // the list changed in place: no navigation, the box keeps the focus and what was typed
    assertThat(driver.getCurrentUrl()).isEqualTo(page);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("fq_county");
    assertThat(find.getAttribute("value")).isEqualTo("高青");
    assertThat(driver.findElement(By.cssSelector("#facet-county .facet-note")).getText())
        .isEqualTo("含“高青”的区县：1 个");
    assertThat(labels("agency")).hasSizeGreaterThan(1); // other facets untouched
    find.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "金");
    wait.until(d -> labels("county").equals(List.of("金乡县")));
    // ticking the filtered value applies it, with the list still filtered
    WebElement box = checkbox("county", "金乡县");
    driver.findElement(By.cssSelector("label[for=" + box.getAttribute("id") + "]")).click();
    waitForUrl("county=%E9%87%91%E4%B9%A1%E5%8E%BF");
    assertThat(driver.getCurrentUrl())
        .contains("fq_county=%E9%87%91")
        .doesNotContain("fq_county=%E5%8E%BF");
    assertThat(checkbox("county", "金乡县").isSelected()).isTrue();
  }
}
