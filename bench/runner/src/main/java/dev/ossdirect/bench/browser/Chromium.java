package dev.ossdirect.bench.browser;

import dev.ossdirect.server.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser tests' {@link HeadlessChromium} for the benchmarks: a missing browser stops the run, and a
 * script may take minutes, since some pages measure for that long.
 */
public final class Chromium {

  private Chromium() {}

  public static ChromeDriver start(Path profileDir) {
    if (!HeadlessChromium.isInstalled()) {
      throw new IllegalStateException("the browser benchmarks need Debian's chromium and chromium-driver ("
          + HeadlessChromium.where() + "): apt-get install chromium chromium-driver");
    }
    ChromeDriver driver = HeadlessChromium.start(HeadlessChromium.options(profileDir));
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
    return driver;
  }
}
