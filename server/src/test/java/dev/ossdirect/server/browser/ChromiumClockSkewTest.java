package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The computer's clock is 20 minutes slow for the cloud: OSS refuses the first upload request as
 * {@code RequestTimeTooSkewed}, the page sets its signing clock to OSS's time, and the upload and the
 * face detection go through. The local cloud's clock is moved rather than the browser's; tokens live an
 * hour here, so the move expires none.
 */
class ChromiumClockSkewTest {

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp("--token-lifetime=3600");

  @Test
  void aSlowComputerClockIsCorrectedFromOssTime() {
    AppPage page = browser.page();
    page.open(browser.app().url());
    browser.app().moveCloudClock(Duration.ofMinutes(20));
    page.choose(Fixtures.picture("astronaut.png"));

    assertEquals("done", page.waitForState("astronaut.png", Duration.ofSeconds(60), "done", "failed", "detection-failed"),
        page.errorText("astronaut.png"));
    assertEquals(1, browser.app().logLines("code=RequestTimeTooSkewed"));
    assertEquals(1, browser.app().tokenRequests());
  }
}
