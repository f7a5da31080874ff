package dev.ossdirect.reliability.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.server.LocalApp;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server serves the app's page and scripts and nothing else of the build: not the files GWT writes for
 * development (the Super Dev Mode hook, the permutation table, symbol maps), nor the war's WEB-INF and
 * META-INF. They tell an attacker how the app was built and are never loaded by the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppFilesOnlyTest {

  private static final HttpClient BROWSER = LocalApp.newBrowser();
  private LocalApp app;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    app = LocalApp.start(dataDir);
  }

  @AfterAll
  void stop() {
    app.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/app/app.devmode.js", "/app/compilation-mappings.txt",
      "/WEB-INF/deploy/app/symbolMaps/", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
      "/META-INF/maven/dev.ossdirect/client/pom.xml", "/app/soycReport/", "/webapp/app/index.html"})
  @ReliabilityCase(Row.RESPONSES_APP_FILES_ONLY)
  void aFileOfTheBuildIsNotServed(String path) throws Exception {
    assertEquals(404, app.get(BROWSER, path).statusCode(), path);
  }

  @Test
  @ReliabilityCase(Row.RESPONSES_APP_FILES_ONLY)
  void thePageAndItsScriptsLoad() throws Exception {
    HttpResponse<String> page = app.get(BROWSER, "/");
    assertEquals(200, page.statusCode());
    Matcher pageScript = Pattern.compile("/app/[0-9A-F]{32}\\.page\\.cache\\.js").matcher(page.body());
    assertTrue(pageScript.find(), page.body());
    assertEquals(200, app.get(BROWSER, pageScript.group()).statusCode());
    assertEquals(200, app.get(BROWSER, "/app/app.css").statusCode());
    HttpResponse<String> bootstrap = app.get(BROWSER, "/app/app.nocache.js");
    assertEquals(200, bootstrap.statusCode());
    Matcher permutation = Pattern.compile("[0-9A-F]{32}").matcher(bootstrap.body());
    assertTrue(permutation.find(), "no permutation named in the bootstrap script");
    assertEquals(200, app.get(BROWSER, "/app/" + permutation.group() + ".cache.js").statusCode());
  }
}
