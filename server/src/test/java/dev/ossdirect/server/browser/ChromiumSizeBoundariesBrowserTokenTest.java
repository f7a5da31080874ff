package dev.ossdirect.server.browser;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sizes of {@link ChromiumSizeBoundariesTest} in the browser-token flow, where the page signs its own
 * PutObject and UploadPart requests: the flow in which a file of exactly 5 MiB once went out with a header
 * its signature did not cover.
 */
class ChromiumSizeBoundariesBrowserTokenTest {

  @RegisterExtension
  static final ChromiumWithApp browser =
      new ChromiumWithApp("--max-file-size=" + ChromiumSizeBoundariesTest.LIMIT, "--upload-flow=browser-token");

  @Test
  void everySizeUpToTheLimitIsStoredWholeAndOneByteMoreIsRefused() throws IOException {
    ChromiumSizeBoundariesTest.uploadEverySize(browser);
  }
}
