package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * {@link HeadlessChromium} for the browser tests. Without Chromium the tests are skipped on a developer's
 * machine, but fail in continuous integration (the environment variable {@code CI} set), where a missing
 * browser is a broken setup, not a choice.
 */
public final class Chromium {

  private Chromium() {}

  /** A fresh headless Chromium with its own profile in {@code profileDir}, logging every network event. */
  public static ChromeDriver start(Path profileDir) {
    boolean installed = HeadlessChromium.isInstalled();
    if (System.getenv("CI") == null) {
      assumeTrue(installed, "Chromium is not installed (" + HeadlessChromium.where() + ")");
    } else {
      assertTrue(installed, "CI needs Chromium and its driver: apt-get install chromium chromium-driver");
    }
    ChromeOptions options = HeadlessChromium.options(profileDir).addArguments("--window-size=1200,1000");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    return HeadlessChromium.start(options);
  }
}
