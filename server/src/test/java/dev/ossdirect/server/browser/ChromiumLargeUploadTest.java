package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A 48 MiB file goes up in parallel parts, with honest progress, and a cancelled one leaves nothing behind. */
class ChromiumLargeUploadTest {

  private static final long MIB = 1024 * 1024;
  private static final String NAME = "large.bin";

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp(
      "--max-file-size=" + 64 * MIB, "--allowed-types=image/jpeg,image/png,application/octet-stream");
  private static Path largeFile;
  private AppPage page;

  @BeforeAll
  static void makeTheFile() throws IOException {
    largeFile = Fixtures.randomFile(browser.files(), NAME, 48 * MIB, 48);
  }

  @BeforeEach
  void openThePage() {
    page = browser.page();
    page.open(browser.app().url());
  }

  @Test
  void aLargeFileGoesUpInParallelPartsWithProgressThatOnlyRises() {
    page.throttleUploads(24 * MIB);
    page.recordProgress();
    page.choose(largeFile);
    page.waitUntil(Duration.ofSeconds(120), () -> page.progress(NAME) == 100);

    List<Integer> progress = page.recordedProgress(NAME);
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i) >= progress.get(i - 1), "progress went back: " + progress);
    }
    assertEquals(100, progress.get(progress.size() - 1), progress.toString());
    assertTrue(progress.size() >= 5, "too few steps: " + progress);

    List<String> parts = page.requestedUrls().stream().filter(url -> url.contains("partNumber=")).toList();
    assertEquals(10, parts.stream().map(url -> url.replaceAll(".*partNumber=(\\d+).*", "$1")).distinct().count(),
        parts.toString());
    assertTrue(page.maxPartsInFlight() >= 2, "the parts went one at a time");

    String key = page.objectKey(NAME);
    assertEquals(Fixtures.md5(largeFile), Fixtures.md5(browser.app().storedObject(key).orElseThrow()));
    assertTrue(browser.app().unfinishedMultipartUploads().isEmpty());
  }

  @Test
  void aCancelledUploadLeavesNothingInTheBucket() {
    page.throttleUploads(4 * MIB);
    page.choose(largeFile);
    page.waitUntil(Duration.ofSeconds(60), () -> page.progress(NAME) >= 40);
    page.cancel(NAME);

    assertEquals("cancelled", page.state(NAME));
    page.waitUntil(Duration.ofSeconds(30), () -> page.status(NAME).contains("were removed"));
    assertTrue(page.progress(NAME) < 100);
    String key = page.objectKey(NAME);
    page.throttleUploads(-1);
    page.waitUntil(Duration.ofSeconds(10), () -> browser.app().unfinishedMultipartUploads().isEmpty());
    assertTrue(browser.app().storedObject(key).isEmpty());
  }
}
