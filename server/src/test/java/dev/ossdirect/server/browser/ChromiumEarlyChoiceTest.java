package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A picture chosen as soon as the page shows its file input, before the app's script has run, is uploaded
 * like any other: the page's HTML offers the input at once, and a person need not wait for the script to
 * notice it. The browser is kept from loading the script until the picture is chosen, as a slow network
 * would keep it (the page's deferred script holds back its load event, for which the driver would wait).
 */
class ChromiumEarlyChoiceTest {

  private static final Duration DETECTION = Duration.ofSeconds(60);
  private static final String PAGE_SCRIPTS = "*.page.cache.js";

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @AfterEach
  void scriptsAllowed() {
    browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
  }

  @Test
  void aPictureChosenBeforeTheScriptRanIsUploadedAndItsFaceFound() throws Exception {
    var driver = browser.driver();
    driver.get("about:blank");
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(PAGE_SCRIPTS)));
    driver.get(browser.app().url().toString());
    AppPage page = browser.page();
    page.choose(Fixtures.picture("astronaut.png"));
    assertTrue(driver.findElements(By.cssSelector("[data-testid=file-card]")).isEmpty()
            && ((String) driver.executeScript(
                "return document.querySelector('[data-testid=limits]').textContent")).startsWith("Loading"),
        "the picture was chosen before the app had started");

    // The script arrives: the page's own tag, loaded again now that the browser lets it through.
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    driver.executeScript("const script = document.createElement('script');"
        + "script.src = document.querySelector('script[src$=\".page.cache.js\"]').src;"
        + "document.head.appendChild(script);");

    assertEquals("done", page.waitForState("astronaut.png", DETECTION, "done", "failed", "detection-failed"),
        page.errorText("astronaut.png"));
    assertEquals("Uploaded \u00b7 1 face found", page.status("astronaut.png"));
  }
}
