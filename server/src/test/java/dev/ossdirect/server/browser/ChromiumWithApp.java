package dev.ossdirect.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A headless Chromium and the app in local mode, for one test class: both started before its first test
 * (Chromium first, so that a machine without it skips the class at once) and stopped after its last, with
 * the browser profile, the app's data and the test's files in one temporary folder. Register it with
 * {@code @RegisterExtension static final ChromiumWithApp browser = new ChromiumWithApp(flags...)}.
 */
final class ChromiumWithApp implements BeforeAllCallback, AfterAllCallback {

  private final String languages;
  private final String[] flags;
  private Path folder;
  private ChromeDriver driver;
  private BrowserApp app;

  /** The app will run with the extra settings {@code flags}, such as {@code --max-file-size=…}. */
  ChromiumWithApp(String... flags) {
    this(null, flags);
  }

  private ChromiumWithApp(String languages, String[] flags) {
    this.languages = languages;
    this.flags = flags;
  }

  /** As {@link #ChromiumWithApp(String...)}, with a browser whose languages are {@code languages}, such as {@code zh-CN,zh}. */
  static ChromiumWithApp speaking(String languages, String... flags) {
    return new ChromiumWithApp(languages, flags);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    folder = Files.createTempDirectory("ossdirect-browser-test");
    driver = Chromium.start(Files.createDirectory(folder.resolve("profile")), languages);
    app = BrowserApp.start(Files.createDirectory(folder.resolve("data")), flags);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
      if (app != null) {
        app.close();
      }
    } finally {
      deleteFolder();
    }
  }

  ChromeDriver driver() {
    return driver;
  }

  BrowserApp app() {
    return app;
  }

  /** A new page object on the browser. */
  AppPage page() {
    return new AppPage(driver);
  }

  /** A folder for the files the test makes up. */
  Path files() throws IOException {
    return Files.createDirectories(folder.resolve("files"));
  }

  private void deleteFolder() throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
