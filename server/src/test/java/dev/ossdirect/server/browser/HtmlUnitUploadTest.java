package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.server.Deployment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlFileInput;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled app in HtmlUnit's browser engine: a portrait uploaded, one face found, the object stored. */
class HtmlUnitUploadTest {

  @TempDir static Path dataDir;
  private static BrowserApp app;

  @BeforeAll
  static void startApp() {
    app = BrowserApp.start(dataDir);
  }

  @AfterAll
  static void stopApp() {
    app.close();
  }

  @Test
  void aPortraitIsUploadedAndItsFaceFound() throws Exception {
    try (WebClient browser = new WebClient(BrowserVersion.CHROME)) {
      Path portrait = Fixtures.picture("grace_hopper.jpg");
      browser.getOptions().setThrowExceptionOnScriptError(true);
      new FileBodiesForHtmlUnit(browser, Deployment.origin(app.deployment().bucketUrl()), portrait);
      HtmlPage page = browser.getPage(app.url().toURL());
      waitFor(browser, () -> !text(page, "[data-testid=limits]").startsWith("Loading"));

      HtmlFileInput input = page.querySelector("[data-testid=file-input]");
      input.setFiles(portrait.toFile());

      waitFor(browser, () -> card(page) != null
          && !card(page).getAttribute("data-state").matches("waiting|uploading|finishing|detecting"));
      assertEquals(1, page.querySelectorAll("[data-testid=file-card]").size());
      DomElement card = card(page);
      assertEquals("done", card.getAttribute("data-state"), card.asNormalizedText());
      assertEquals(1, page.querySelectorAll("[data-testid=file-card] [data-testid=face-box]").size());
      assertEquals(1, page.querySelectorAll("[data-testid=file-card] [data-testid=face-table]").size());
      assertTrue(text(page, "[data-testid=file-status]").contains("1 face found"));

      // The cookie is <session id>.<MAC>; the folder is named by the id alone.
      String cookie = browser.getCookieManager().getCookie("ossdirect_session").getValue();
      String session = cookie.substring(0, cookie.indexOf('.'));
      String key = card.getAttribute("data-object-key");
      assertTrue(key.matches("uploads/" + session + "/[0-9a-f-]{36}-grace_hopper\\.jpg"), key);
      assertArrayEquals(Files.readAllBytes(portrait), app.storedObject(key).orElseThrow());
    }
  }

  private static DomElement card(HtmlPage page) {
    return page.querySelector("[data-testid=file-card]");
  }

  private static String text(HtmlPage page, String selector) {
    return ((DomElement) page.querySelector(selector)).getTextContent();
  }

  private static void waitFor(WebClient browser, BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("Timed out");
      }
      browser.waitForBackgroundJavaScript(100);
    }
  }
}
