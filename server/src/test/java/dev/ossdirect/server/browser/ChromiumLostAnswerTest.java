package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The answer to CompleteMultipartUpload is lost after OSS completed the upload: the page's retry is told
 * {@code NoSuchUpload}, and IMM, which reads the object, confirms that it is there.
 */
class ChromiumLostAnswerTest {

  private static final int MIB = 1024 * 1024;

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void aLostCompleteAnswerIsConfirmedByFaceDetection() throws IOException {
    // A real picture padded past the multipart threshold: decoders stop at the JPEG's end marker.
    byte[] picture = Files.readAllBytes(Fixtures.picture("grace_hopper.jpg"));
    Path file = Files.write(browser.files().resolve("padded.jpg"), Arrays.copyOf(picture, 6 * MIB));
    browser.app().cloud().ossLostAnswers().loseNext("CompleteMultipartUpload");

    AppPage page = browser.page();
    page.open(browser.app().url());
    page.choose(file);

    assertEquals("done", page.waitForState("padded.jpg", Duration.ofSeconds(60), "done", "failed",
        "detection-failed"), page.errorText("padded.jpg"));
    assertEquals("Uploaded \u00b7 1 face found", page.status("padded.jpg"));
    assertEquals(100, page.progress("padded.jpg"));
    assertEquals(0, browser.app().cloud().ossLostAnswers().pending("CompleteMultipartUpload"));
    assertEquals(1, browser.app().logLines("operation=CompleteMultipartUpload status=200 code=-/answer-lost"));
    assertEquals(1, browser.app().logLines("operation=CompleteMultipartUpload status=404 code=NoSuchUpload"));
    assertTrue(browser.app().logLines().stream().noneMatch(line -> line.contains("operation=AbortMultipartUpload")),
        "an upload OSS completed was aborted");
    assertEquals(Fixtures.md5(file), Fixtures.md5(browser.app().storedObject(page.objectKey("padded.jpg")).orElseThrow()));
  }
}
