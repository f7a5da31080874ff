package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The computer's clock is 20 minutes slow for the cloud. The server signs the upload with its own clock,
 * the cloud's, and tells the page its time with the upload's signature; the page signs its IMM call by it,
 * and the upload and the face detection go through without a refusal. The local cloud's clock (which the
 * server signs by) is moved rather than the browser's; tokens live an hour here, so the move expires none.
 */
class ChromiumClockSkewTest {

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp("--token-lifetime=3600");

  @Test
  void aSlowComputerClockIsCorrectedFromTheServersTime() {
    AppPage page = browser.page();
    page.open(browser.app().url());
    browser.app().moveCloudClock(Duration.ofMinutes(20));
    page.choose(Fixtures.picture("astronaut.png"));

    assertEquals("done", page.waitForState("astronaut.png", Duration.ofSeconds(60), "done", "failed", "detection-failed"),
        page.errorText("astronaut.png"));
    assertEquals(0, browser.app().logLines("code=RequestTimeTooSkewed"));
    assertEquals(0, browser.app().logLines("code=InvalidTimeStamp"));
    assertEquals(1, browser.app().tokenRequests());
  }
}
