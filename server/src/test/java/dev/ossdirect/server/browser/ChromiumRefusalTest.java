package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.server.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A file over the size limit and a file that is no picture are refused on the page, before any request. */
class ChromiumRefusalTest {

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void refusedFilesNeverLeaveTheBrowser() throws IOException {
    Path tooLarge = Fixtures.randomFile(browser.files(), "huge.png", 21 * 1024 * 1024, 21);
    Path notes = Files.writeString(browser.files().resolve("notes.txt"), "not a picture");
    AppPage page = browser.page();
    page.open(browser.app().url());
    page.choose(tooLarge, notes);

    assertEquals("refused", page.waitForState("huge.png", Duration.ofSeconds(10), "refused"));
    assertEquals("refused", page.waitForState("notes.txt", Duration.ofSeconds(10), "refused"));
    assertEquals("Not uploaded", page.status("huge.png"));
    assertTrue(page.errorText("huge.png").contains("The file is 21 MiB, over the limit of 20 MiB."),
        page.errorText("huge.png"));
    assertTrue(page.errorText("notes.txt").contains("text/plain files are not accepted"), page.errorText("notes.txt"));

    String ossOrigin = Deployment.origin(browser.app().deployment().bucketUrl());
    String immOrigin = Deployment.origin(browser.app().deployment().immEndpoint());
    List<String> urls = page.requestedUrls();
    assertTrue(urls.stream().noneMatch(url -> url.startsWith(ossOrigin) || url.startsWith(immOrigin)), urls.toString());
    assertTrue(browser.app().storedObjectFiles().isEmpty());
    assertTrue(browser.app().unfinishedMultipartUploads().isEmpty());
  }
}
