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
 * A bucket that needs OSS signature V1, in the server-signed flow: V1 cannot sign a part's size, so every
 * file, the large one too, goes in one PostObject form whose V1-signed policy holds its exact size.
 */
class ChromiumV1FormsTest {

  private static final int MIB = 1024 * 1024;

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp("--oss-signature=v1");

  @Test
  void everyFileIsOnePostObjectSignedWithV1() throws IOException {
    byte[] picture = Files.readAllBytes(Fixtures.picture("grace_hopper.jpg"));
    Path large = Files.write(browser.files().resolve("padded.jpg"), Arrays.copyOf(picture, 6 * MIB));
    AppPage page = browser.page();
    page.open(browser.app().url());
    page.choose(Fixtures.picture("astronaut.png"), large);

    for (String name : new String[] {"astronaut.png", "padded.jpg"}) {
      assertEquals("done", page.waitForState(name, Duration.ofSeconds(60), "done", "failed", "detection-failed"),
          name + ": " + page.errorText(name));
      assertEquals("Uploaded \u00b7 1 face found", page.status(name), name);
    }
    assertEquals(Fixtures.md5(large), Fixtures.md5(browser.app().storedObject(page.objectKey("padded.jpg")).orElseThrow()));
    assertEquals(2, browser.app().logLines("operation=PostObject status=20"));
    assertTrue(browser.app().logLines().stream().noneMatch(line -> line.contains("operation=UploadPart")
        || line.contains("operation=InitiateMultipartUpload")), "a multipart upload with V1");
  }
}
