package dev.ossdirect.signing.vectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.stream.Stream;
import org.htmlunit.ScriptResult;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every vector file through the GWT-compiled JavaScript of the signing library, in HtmlUnit's
 * browser engine: one test case per file, as on the JVM. This is what proves that GWT's emulation of
 * {@code int} and {@code long} arithmetic gives the same bytes as the JVM.
 */
class SigningVectorsCompiledJavaScriptTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static WebClient browser;
  private static HtmlPage page;

  @BeforeAll
  static void loadCompiledHarness() throws Exception {
    browser = CompiledHarness.newBrowser();
    page = CompiledHarness.load(browser);
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyVectorFileMatchesInCompiledJavaScript() {
    return VectorFile.all().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.scheme + "/" + file.name(),
                    file.path.toUri(),
                    () -> {
                      String call =
                          "ossdirectVectors.compute(" + CompiledHarness.jsString(file.scheme) + ", "
                              + CompiledHarness.jsString(file.text()) + ")";
                      ScriptResult result = page.executeJavaScript(call);
                      Map<String, Object> actual =
                          JSON.readValue(
                              (String) result.getJavaScriptResult(), new TypeReference<>() {});
                      VectorFile.assertMatches(file.read(), actual);
                    }));
  }
}
