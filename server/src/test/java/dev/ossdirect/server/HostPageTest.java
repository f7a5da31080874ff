package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.token.UploadFlow;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The host page loads the script the server chose, or keeps GWT's loader when it cannot choose. */
class HostPageTest {

  private static final String TEMPLATE = "<head>\n  " + HostPage.LOADER_TAG + "\n</head>";
  private static final PageScripts SCRIPTS = PageScripts.parse("""
      A0000000000000000000000000000000.cache.js
      locale en
      upload.flows all

      B0000000000000000000000000000000.cache.js
      locale en
      upload.flows server_signed

      C0000000000000000000000000000000.cache.js
      locale zh
      upload.flows all

      D0000000000000000000000000000000.cache.js
      locale zh
      upload.flows server_signed
      """);

  @Test
  void loadsTheChosenScriptDeferredInPlaceOfTheLoader() {
    HostPage page = new HostPage(TEMPLATE, Optional.of(SCRIPTS), UploadFlow.SERVER_SIGNED);
    assertEquals("<head>\n  <script src=\"/app/B0000000000000000000000000000000.page.cache.js\" defer></script>\n</head>",
        page.render(null, null, "en-US,en;q=0.9"));
    assertTrue(page.render(null, "zh", null).contains("/app/D0000000000000000000000000000000.page.cache.js"));
    HostPage browserToken = new HostPage(TEMPLATE, Optional.of(SCRIPTS), UploadFlow.BROWSER_TOKEN);
    assertTrue(browserToken.render("zh", null, "en").contains("/app/C0000000000000000000000000000000.page.cache.js"));
    assertTrue(browserToken.render(null, null, null).contains("/app/A0000000000000000000000000000000.page.cache.js"));
  }

  @Test
  void keepsTheLoaderWithoutAPermutationTable() {
    HostPage page = new HostPage(TEMPLATE, Optional.empty(), UploadFlow.SERVER_SIGNED);
    assertEquals(TEMPLATE, page.render("zh", null, null));
  }

  @Test
  void refusesAPageWithoutTheLoaderTag() {
    assertThrows(IllegalArgumentException.class,
        () -> new HostPage("<head><script src=\"/app/other.js\"></script></head>", Optional.of(SCRIPTS),
            UploadFlow.SERVER_SIGNED));
  }
}
