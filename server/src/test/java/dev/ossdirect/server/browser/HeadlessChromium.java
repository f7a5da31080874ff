package dev.ossdirect.server.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, both named explicitly so that Selenium never
 * looks for (or downloads) a browser of its own; a fresh profile each time, and nothing running in the
 * background (updates, sync, QUIC) that could add requests or take CPU. The browser tests and the
 * benchmarks both start it here; each decides what a missing browser means.
 */
public final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Whether Chromium and its driver are installed where Debian puts them. */
  public static boolean isInstalled() {
    return Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
  }

  /** The browser and the driver, for messages. */
  public static String where() {
    return BROWSER + ", " + DRIVER;
  }

  /** The options of a fresh headless Chromium with its own profile in {@code profileDir}. */
  public static ChromeOptions options(Path profileDir) {
    return new ChromeOptions()
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
            "--user-data-dir=" + profileDir);
  }

  /** Chromium with {@code options}, driven through its chromedriver on a free port. */
  public static ChromeDriver start(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }
}
