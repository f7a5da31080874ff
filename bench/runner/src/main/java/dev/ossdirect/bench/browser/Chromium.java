package dev.ossdirect.bench.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, both named explicitly so that Selenium never
 * looks for (or downloads) a browser of its own; a fresh profile each time, and nothing running in the
 * background that could take CPU from what is measured.
 */
public final class Chromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

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
    if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException("the browser benchmarks need Debian's chromium and chromium-driver ("
          + BROWSER + ", " + DRIVER + "): apt-get install chromium chromium-driver");
    }
    ChromeOptions options = new ChromeOptions()
        .setBinary(BROWSER.toFile())
        .addArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            "--user-data-dir=" + profileDir)
        .addArguments(extraArguments);
    options.setPageLoadStrategy(pageLoad);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
    return driver;
  }
}
