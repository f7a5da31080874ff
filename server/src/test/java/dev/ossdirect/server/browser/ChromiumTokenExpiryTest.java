package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The page's STS token expires in the middle of a long upload. The parts are signed by the server with its
 * own token, which outlives the jump, so they go on; the page's token is renewed once, when IMM refuses it
 * for face detection, and the upload completes whole.
 *
 * <p>Tokens live at least 15 minutes, so the local cloud's clock is moved rather than waited for: by
 * {@link #CLOCK_JUMP}, just under 15 minutes, once the token is more than {@link #TOKEN_AGE} old. That
 * expires the token, yet keeps every signed request (the server's AssumeRole, the page's OSS and IMM
 * calls, all dated by real clocks) within the 15 minutes of clock difference the services accept.
 */
class ChromiumTokenExpiryTest {

  private static final long MIB = 1024 * 1024;
  private static final String NAME = "long.bin";
  private static final Duration CLOCK_JUMP = Duration.ofMinutes(15).minusSeconds(10);
  private static final Duration TOKEN_AGE = Duration.ofSeconds(15);

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp(
      "--max-file-size=" + 64 * MIB, "--allowed-types=image/jpeg,image/png,application/octet-stream");

  @Test
  void anUploadOutlivesThePagesTokenWhichIsRenewedOnce() throws IOException, InterruptedException {
    Path file = Fixtures.randomFile(browser.files(), NAME, 48 * MIB, 15);
    AppPage page = browser.page();
    page.open(browser.app().url());
    Instant tokenIssued = Instant.now();
    assertEquals(1, browser.app().tokenRequests());
    long assumeRoles = browser.app().cloud().assumeRoleCount();

    page.throttleUploads(2 * MIB);
    page.recordProgress();
    page.choose(file);
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), tokenIssued.plus(TOKEN_AGE)).toMillis()));
    assertTrue(page.progress(NAME) < 80, "the upload ended too soon to outlive its token");
    browser.app().moveCloudClock(CLOCK_JUMP);
    page.waitUntil(Duration.ofSeconds(120), () -> page.progress(NAME) == 100 || page.state(NAME).equals("failed"));

    assertEquals(100, page.progress(NAME), page.errorText(NAME));
    assertEquals(2, browser.app().tokenRequests(), "token requests");
    // The page's renewed token; the server's own, which signs every part, was assumed at start and outlives
    // the jump.
    assertEquals(assumeRoles + 1, browser.app().cloud().assumeRoleCount(), "AssumeRole calls");
    assertEquals(Fixtures.md5(file), Fixtures.md5(browser.app().storedObject(page.objectKey(NAME)).orElseThrow()));
    List<Integer> progress = page.recordedProgress(NAME);
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) >= progress.get(i - 1), "progress went back: " + progress);
    }
  }
}
