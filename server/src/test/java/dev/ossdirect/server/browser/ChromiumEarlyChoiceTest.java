package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A picture chosen as soon as the page shows its file input, before the app's script has loaded, is
 * uploaded like any other: the page's HTML offers the input at once, and a person need not wait for the
 * script to notice it. The network is slowed so that the script arrives well after the choice.
 */
class ChromiumEarlyChoiceTest {

  private static final Duration DETECTION = Duration.ofSeconds(60);

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @AfterEach
  void fullSpeed() {
    browser.driver().executeCdpCommand("Network.emulateNetworkConditions",
        Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }

  @Test
  void aPictureChosenBeforeTheScriptLoadedIsUploadedAndItsFaceFound() throws Exception {
    var driver = browser.driver();
    driver.get("about:blank");
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.emulateNetworkConditions",
        Map.of("offline", false, "latency", 1500, "downloadThroughput", -1, "uploadThroughput", -1));
    // Navigates without waiting for the load event, which the app's script would hold back.
    driver.executeScript("location.href = arguments[0]", browser.app().url().toString());
    AppPage page = browser.page();
    page.waitUntil(Duration.ofSeconds(20),
        () -> !driver.findElements(By.cssSelector("[data-testid=file-input]")).isEmpty());
    page.choose(Fixtures.picture("astronaut.png"));
    assertTrue(driver.findElements(By.cssSelector("[data-testid=file-card]")).isEmpty()
            && ((String) driver.executeScript(
                "return document.querySelector('[data-testid=limits]').textContent")).startsWith("Loading"),
        "the picture was chosen before the app had started");

    assertEquals("done", page.waitForState("astronaut.png", DETECTION, "done", "failed", "detection-failed"),
        page.errorText("astronaut.png"));
    assertEquals("Uploaded \u00b7 1 face found", page.status("astronaut.png"));
  }
}
