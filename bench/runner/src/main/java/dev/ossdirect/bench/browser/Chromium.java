package dev.ossdirect.bench.browser;

import dev.ossdirect.server.browser.HeadlessChromium;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser tests' {@link HeadlessChromium} for the benchmarks: a missing browser stops the run, and a
 * script may take minutes, since some pages measure for that long.
 */
public final class Chromium {

  private Chromium() {}

  /**
   * Chromium's flags that write its network log of the run to {@code work/<name>-netlog.json}, with
   * {@code -Dbench.netlog=true} only: the log costs time of its own, so measured runs go without it.
   */
  public static String[] netLog(dev.ossdirect.bench.BenchContext context, String name) {
    return Boolean.getBoolean("bench.netlog")
        ? new String[] {"--log-net-log=" + context.work().resolve(name + "-netlog.json"), "--net-log-capture-mode=Default"}
        : new String[0];
  }

  public static ChromeDriver start(Path profileDir, String... extraArguments) {
    return start(profileDir, PageLoadStrategy.NORMAL, extraArguments);
  }

  /**
   * With {@link PageLoadStrategy#NONE}, {@code get} returns as soon as the navigation starts, so that the
   * driver can act on the page before its load event, as a person can.
   */
  public static ChromeDriver start(Path profileDir, PageLoadStrategy pageLoad, String... extraArguments) {
    return start(profileDir, pageLoad, false, extraArguments);
  }

  /**
   * As {@link #start(Path, PageLoadStrategy, String...)}; with {@code networkEvents}, chromedriver also keeps
   * the DevTools network events (its "performance" log), from which a run can read each answer's headers.
   */
  public static ChromeDriver start(Path profileDir, PageLoadStrategy pageLoad, boolean networkEvents,
      String... extraArguments) {
    if (!HeadlessChromium.isInstalled()) {
      throw new IllegalStateException("the browser benchmarks need Debian's chromium and chromium-driver ("
          + HeadlessChromium.where() + "): apt-get install chromium chromium-driver");
    }
    ChromeOptions options = HeadlessChromium.options(profileDir).addArguments(extraArguments);
    options.setPageLoadStrategy(pageLoad);
    if (networkEvents) {
      options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
      options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
    }
    ChromeDriver driver = HeadlessChromium.start(options);
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
    return driver;
  }
}
