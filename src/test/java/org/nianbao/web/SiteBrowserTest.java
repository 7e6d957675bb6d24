package org.nianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.index.BundledIndex;
import org.nianbao.search.SearchService;
import org.nianbao.search.lucene.LuceneSearchService;
import org.nianbao.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real browser (Debian's headless Chromium) over the real search core and the bundled
 * sample reports: search, filter by county, follow a section link, hostile queries.
 */
class SiteBrowserTest {
  private static final Path SCREENSHOT = Path.of("target/screenshot.png");
  private static final String TERM = "微信公众号";

  @TempDir static Path indexDir;
  @TempDir static Path profileDir;

  private static SearchService search;
  private static Javalin app;
  private static WebDriver driver;
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

  @Test
  void search_filter_by_county_and_land_on_the_highlighted_section() throws IOException {
    driver.get(base + "/");
    WebElement box = driver.findElement(By.cssSelector("input[name=q]"));
    box.sendKeys(TERM, Keys.ENTER);
    waitFor(By.cssSelector(".hits"));

    assertThat(driver.getTitle()).isEqualTo(TERM + " - 搜索 · 年报检索");
    assertThat(driver.findElement(By.cssSelector(".result-count")).getText())
        .matches("找到 5 份报告（\\d+ 个章节），用时 \\d+ 毫秒");
    assertThat(hitMetas()).hasSize(5);
    List<String> marks = texts(By.cssSelector(".snippet mark"));
    assertThat(marks).isNotEmpty().contains(TERM);
    saveScreenshot();

    // Tick 金乡县: with JavaScript the tick applies at once (site.js submits the plain GET form);
    // the 筛选 button submits it otherwise. Either way the page must end up filtered.
    driver.findElement(By.cssSelector("label[for=" + checkboxId("county", "金乡县") + "]")).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> d.getCurrentUrl().contains("county="));
    } catch (TimeoutException e) {
      driver.findElement(By.cssSelector(".facet-form button[type=submit]")).click();
    }
    waitFor(By.cssSelector(".chips"));

    assertThat(driver.getCurrentUrl()).contains("county=%E9%87%91%E4%B9%A1%E5%8E%BF");
    assertThat(hitMetas()).hasSize(3).allSatisfy(meta -> assertThat(meta).contains("金乡县"));
    assertThat(driver.findElement(By.id(checkboxId("county", "金乡县"))).isSelected()).isTrue();
    // The other counties keep their counts, so they can be added to the selection.
    assertThat(facetCount("county", "高青县")).isEqualTo("1");
    assertThat(facetCount("county", "汶上县")).isEqualTo("1");
    assertThat(texts(By.cssSelector(".chip"))).containsExactly("区县：金乡县 ×");

    // Follow the first section link and land on the section's first highlighted match.
    WebElement sectionLink = driver.findElement(By.cssSelector(".hit-section h3 a"));
    String href = sectionLink.getAttribute("href");
    assertThat(href)
        .matches(".*/reports/[^?#]+\\?q=%E5%BE%AE%E4%BF%A1%E5%85%AC%E4%BC%97%E5%8F%B7.*#s\\d+-m");
    String anchor = href.substring(href.indexOf('#') + 1);
    String sectionId = anchor.substring(0, anchor.length() - 2);
    sectionLink.click();
    waitFor(By.cssSelector(".report"));

    assertThat(driver.getCurrentUrl()).isEqualTo(href);
    WebElement section = driver.findElement(By.id(sectionId));
    assertThat(section.getTagName()).isEqualTo("section");
    assertThat(section.findElement(By.cssSelector("#" + anchor + " + mark")).getText())
        .isEqualTo(TERM);
    assertThat(section.findElements(By.tagName("mark")))
        .extracting(WebElement::getText)
        .contains(TERM);
    assertThat(driver.findElement(By.cssSelector(".back a")).getAttribute("href"))
        .contains("/search?q=")
        .contains("county=");
  }

  @Test
  void hostile_queries_are_shown_as_text_and_never_run() {
    for (String hostile : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>")) {
      driver.get(base + "/");
      driver.findElement(By.cssSelector("input[name=q]")).sendKeys(hostile, Keys.ENTER);
      waitFor(By.cssSelector(".search-form"));
      assertNoAlert();
      assertThat(driver.findElement(By.cssSelector("#q")).getAttribute("value")).isEqualTo(hostile);
      assertThat(driver.findElements(By.cssSelector("img"))).isEmpty();
      assertThat(driver.findElements(By.tagName("script"))).hasSize(1); // only /assets/site.js
      assertThat(driver.getTitle()).startsWith(hostile);

      driver.get(
          base
              + "/reports/x?q="
              + java.net.URLEncoder.encode(hostile, java.nio.charset.StandardCharsets.UTF_8));
      assertNoAlert();
      assertThat(driver.findElements(By.cssSelector("img"))).isEmpty();
      assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
    }
  }

  private static void assertNoAlert() {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  private static void waitFor(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .until(ExpectedConditions.presenceOfElementLocated(by));
  }

  private static List<String> texts(By by) {
    return driver.findElements(by).stream().map(WebElement::getText).toList();
  }

  private static List<String> hitMetas() {
    return texts(By.cssSelector(".hit-meta"));
  }

  /** The id of the checkbox for {@code value} in facet {@code name}. */
  private static String checkboxId(String name, String value) {
    for (WebElement input :
        driver.findElements(By.cssSelector("input[type=checkbox][name=" + name + "]"))) {
      if (value.equals(input.getAttribute("value"))) {
        return input.getAttribute("id");
      }
    }
    throw new AssertionError("no " + name + " checkbox for " + value);
  }

  private static String facetCount(String name, String value) {
    return driver
        .findElement(By.cssSelector("label[for=" + checkboxId(name, value) + "] .facet-count"))
        .getText();
  }

  private static void saveScreenshot() throws IOException {
    File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(SCREENSHOT.getParent());
    Files.copy(shot.toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
  }
}
