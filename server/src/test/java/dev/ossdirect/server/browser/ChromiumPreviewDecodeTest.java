package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * A chosen picture's preview is decoded while the file uploads, before face detection starts, so that
 * decoding a large photograph takes no processor time from the detection, and the faces are drawn on a
 * picture that is already there.
 */
class ChromiumPreviewDecodeTest {

  private static final Duration DETECTION = Duration.ofSeconds(60);

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void thePreviewIsDecodedBeforeDetectionStarts() {
    var driver = browser.driver();
    // Notes the state of the picture's card each time a picture's decoding is asked for.
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.decodeCalls = [];"
            + "const decode = HTMLImageElement.prototype.decode;"
            + "HTMLImageElement.prototype.decode = function () {"
            + "  const card = this.closest('[data-testid=file-card]');"
            + "  window.decodeCalls.push(card ? card.getAttribute('data-state') : 'no card');"
            + "  return decode.call(this);"
            + "};"));
    AppPage page = browser.page();
    page.open(browser.app().url());
    page.choose(Fixtures.picture("grace_hopper.jpg"));
    assertEquals("done", page.waitForState("grace_hopper.jpg", DETECTION, "done", "failed", "detection-failed"),
        page.errorText("grace_hopper.jpg"));

    @SuppressWarnings("unchecked")
    List<String> states = (List<String>) driver.executeScript("return window.decodeCalls;");
    assertFalse(states.isEmpty(), "the preview's decoding was asked for");
    assertTrue(List.of("waiting", "uploading").contains(states.get(0)), "asked for while " + states);
    assertTrue((Boolean) driver.executeScript("const p = arguments[0]; return p.complete && p.naturalWidth > 0;",
        page.card("grace_hopper.jpg").findElement(By.cssSelector("[data-testid=picture]"))));
    assertEquals(1, page.card("grace_hopper.jpg").findElements(By.cssSelector("[data-testid=face-box]")).size());
  }
}
