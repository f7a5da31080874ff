package dev.ossdirect.signing.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/** Loads the GWT-compiled test harness into HtmlUnit's browser engine. */
final class CompiledHarness {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CompiledHarness() {}

  static WebClient newBrowser() {
    WebClient browser = new WebClient(BrowserVersion.CHROME);
    browser.getOptions().setThrowExceptionOnScriptError(true);
    return browser;
  }

  /** Opens the harness page and waits until the compiled module has started. */
  static HtmlPage load(WebClient browser) throws Exception {
    Path harness =
        Paths.get(System.getProperty("vectors.js.dir", "target/gwt-vectors")).resolve("vectors/harness.html");
    assertTrue(Files.exists(harness), "the GWT-compiled harness is missing: " + harness);
    HtmlPage page = browser.getPage(harness.toUri().toURL());
    browser.waitForBackgroundJavaScript(5_000);
    assertEquals(
        Boolean.TRUE,
        page.executeJavaScript("window.ossdirectVectorsReady === true").getJavaScriptResult(),
        "the compiled harness did not start");
    return page;
  }

  /** {@code text} as a JavaScript string literal. */
  static String jsString(String text) throws JsonProcessingException {
    return JSON.writeValueAsString(text).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }
}
