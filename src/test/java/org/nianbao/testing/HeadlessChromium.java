package org.nianbao.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through {@code /usr/bin/chromedriver}, for the browser tests.
 */
public final class HeadlessChromium {
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  /** Whether chromedriver is installed (the browser tests are skipped otherwise). */
  public static boolean available() {
    return Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Skips the calling test when chromedriver is missing, except under CI ({@code CI=true}), where a
   * browser test that cannot start fails instead of passing as "Tests run: 0".
   */
  public static void assumeAvailable() {
    String why = "chromedriver is not installed at " + CHROMEDRIVER;
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      if (!available()) {
        throw new AssertionError(why + " (CI=true: browser tests must run)");
      }
    } else {
      Assumptions.assumeTrue(available(), why);
    }
  }

  /** A new headless browser with a 1280×900 viewport and its profile in {@code profileDir}. */
  public static ChromeDriver start(Path profileDir) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    if (Files.isExecutable(CHROMIUM)) {
      options.setBinary(CHROMIUM.toFile());
    }
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--lang=zh-CN",
        "--window-size=1280,900",
        "--user-data-dir=" + profileDir.toAbsolutePath());
    ChromeDriver chrome = new ChromeDriver(service, options);
    // The viewport itself is 1280×900 (the window size would include the browser chrome).
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return chrome;
  }
}
