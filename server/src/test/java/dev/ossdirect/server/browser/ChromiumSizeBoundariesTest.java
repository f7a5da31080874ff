package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files at every size where the upload changes shape: one byte, around OSS's smallest part (100 KB), around
 * the multipart threshold (5 MiB, where a one-part multipart upload sends the whole file as its part), exactly
 * two and three parts, and the server's size limit exactly and one byte over. Each is a {@code .jpg}, so the
 * browser knows a type for it and would send that type with any body that carried it: every request must
 * still carry exactly the headers that were signed. This runs the default flow, where the server signs
 * each upload; {@link ChromiumSizeBoundariesBrowserTokenTest} runs the same sizes in the page-signed one.
 */
class ChromiumSizeBoundariesTest {

  private static final long KB = 1024;
  private static final long MIB = 1024 * KB;
  static final long LIMIT = 20 * MIB;

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp("--max-file-size=" + LIMIT);

  @Test
  void everySizeUpToTheLimitIsStoredWholeAndOneByteMoreIsRefused() throws IOException {
    uploadEverySize(browser);
  }

  /** Uploads a file of every boundary size through the page of {@code browser}'s app, and checks each. */
  static void uploadEverySize(ChromiumWithApp browser) throws IOException {
    Map<String, Long> sizes = new LinkedHashMap<>();
    sizes.put("one-byte.jpg", 1L);
    sizes.put("min-part-minus-1.jpg", 100 * KB - 1);
    sizes.put("min-part-plus-1.jpg", 100 * KB + 1);
    sizes.put("threshold-minus-1.jpg", 5 * MIB - 1);
    sizes.put("threshold.jpg", 5 * MIB);
    sizes.put("threshold-plus-1.jpg", 5 * MIB + 1);
    sizes.put("two-parts.jpg", 10 * MIB);
    sizes.put("three-parts.jpg", 15 * MIB);
    sizes.put("limit.jpg", LIMIT);
    List<Path> files = new ArrayList<>();
    long seed = 1;
    for (Map.Entry<String, Long> size : sizes.entrySet()) {
      files.add(Fixtures.randomFile(browser.files(), size.getKey(), size.getValue(), seed++));
    }
    Path overLimit = Fixtures.randomFile(browser.files(), "limit-plus-1.jpg", LIMIT + 1, seed);
    Path empty = Files.write(browser.files().resolve("empty.jpg"), new byte[0]);
    files.add(overLimit);
    files.add(empty);

    AppPage page = browser.page();
    page.open(browser.app().url());
    page.choose(files.toArray(Path[]::new));

    assertEquals("refused", page.waitForState("limit-plus-1.jpg", Duration.ofSeconds(10), "refused"));
    assertTrue(page.errorText("limit-plus-1.jpg").contains("over the limit of 20 MiB"),
        page.errorText("limit-plus-1.jpg"));
    assertEquals("refused", page.waitForState("empty.jpg", Duration.ofSeconds(10), "refused"));
    for (Map.Entry<String, Long> size : sizes.entrySet()) {
      String name = size.getKey();
      // Random bytes are no picture: once stored, face detection fails, which proves the upload ended.
      String state = page.waitForState(name, Duration.ofSeconds(120), "done", "detection-failed", "failed");
      assertEquals("detection-failed", state, name + ": " + page.status(name) + " " + page.errorText(name));
      assertEquals(100, page.progress(name), name);
      Path file = browser.files().resolve(name);
      byte[] stored = browser.app().storedObject(page.objectKey(name)).orElseThrow();
      assertEquals(size.getValue(), stored.length, name);
      assertEquals(Fixtures.md5(file), Fixtures.md5(stored), name);
    }
    assertTrue(browser.app().unfinishedMultipartUploads().isEmpty());
    assertEquals(sizes.size(), browser.app().storedObjectFiles().size());
    assertTrue(browser.app().logLines().stream().noneMatch(line -> line.contains("SignatureDoesNotMatch")),
        "a request went out with headers its signature did not cover");
  }
}
