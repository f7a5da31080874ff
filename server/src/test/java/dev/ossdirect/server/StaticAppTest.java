package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.token.UploadFlow;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compiled app is served with the security headers and caching rules, and nothing else is. */
class StaticAppTest {

  private static final Pattern PAGE_SCRIPT =
      Pattern.compile("<script src=\"(/app/[0-9A-F]{32}\\.page\\.cache\\.js)\" defer></script>");

  @TempDir static Path dataDir;
  private static LocalApp app;
  private static final HttpClient BROWSER = LocalApp.newBrowser();

  @BeforeAll
  static void startApp() {
    app = LocalApp.start(dataDir);
  }

  @AfterAll
  static void stopApp() {
    app.close();
  }

  @Test
  void thePageLoadsTheGwtAppWithTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/imm"}) {
      HttpResponse<String> page = app.get(BROWSER, path);
      assertEquals(200, page.statusCode(), path);
      assertTrue(PAGE_SCRIPT.matcher(page.body()).find(), path + ": " + page.body());
      assertEquals("Accept-Language, Cookie", page.headers().firstValue("Vary").orElse(""));
      String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertTrue(csp.contains("script-src 'self'"), csp);
      assertTrue(csp.contains("object-src 'none'"), csp);
      assertTrue(csp.contains("frame-ancestors 'none'"), csp);
      Deployment deployment = app.application.deployment();
      String connect = "connect-src 'self' " + Deployment.origin(deployment.bucketUrl()) + " "
          + Deployment.origin(deployment.immEndpoint());
      assertTrue(csp.contains(connect + ";"), csp);
      assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
      assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }
  }

  /** The default server signs the uploads: its page loads the English script without OSS signers. */
  @Test
  void thePageLoadsTheScriptForItsLanguageAndTheServersUploadFlow() throws Exception {
    PageScripts scripts = PageScripts.ofBuiltClient().orElseThrow();
    assertEquals(scripts.path("en", UploadFlow.SERVER_SIGNED), pageScript(app.get(BROWSER, "/").body()));
    assertEquals(scripts.path("zh", UploadFlow.SERVER_SIGNED), pageScript(app.get(BROWSER, "/?locale=zh").body()));
    HttpResponse<String> script = app.get(BROWSER, scripts.path("en", UploadFlow.SERVER_SIGNED));
    assertEquals(200, script.statusCode());
    assertEquals("public, max-age=31536000, immutable", script.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(script.body().startsWith("(function(){"), script.body().substring(0, 80));
    assertTrue(script.body().contains("gwtOnLoad(null,'app',"));
    // The page signs its IMM calls in either build; only the other build can sign OSS requests.
    String all = app.get(BROWSER, scripts.path("en", UploadFlow.BROWSER_TOKEN)).body();
    for (String ossSigning : new String[] {"OSS4-HMAC-SHA256", "x-oss-content-sha256"}) {
      assertTrue(all.contains(ossSigning), ossSigning);
      assertFalse(script.body().contains(ossSigning), ossSigning);
    }
    for (String immSigning : new String[] {"HMAC-SHA1", "ACS3-HMAC-SHA256"}) {
      assertTrue(all.contains(immSigning) && script.body().contains(immSigning), immSigning);
    }
  }

  private static String pageScript(String page) {
    Matcher script = PAGE_SCRIPT.matcher(page);
    assertTrue(script.find(), page);
    return script.group(1);
  }

  @Test
  void compiledScriptsAreCachedByName() throws Exception {
    HttpResponse<String> nocache = app.get(BROWSER, "/app/app.nocache.js");
    assertEquals(200, nocache.statusCode());
    assertEquals("no-cache", nocache.headers().firstValue("Cache-Control").orElse(""));
    Matcher permutation = Pattern.compile("[0-9A-F]{32}").matcher(nocache.body());
    assertTrue(permutation.find(), "no permutation named in the bootstrap script");
    HttpResponse<String> cached = app.get(BROWSER, "/app/" + permutation.group() + ".cache.js");
    assertEquals(200, cached.statusCode());
    assertEquals("public, max-age=31536000, immutable", cached.headers().firstValue("Cache-Control").orElse(""));
  }

  /**
   * GWT also writes files that the page never loads: the Super Dev Mode hook, the permutation table, symbol
   * maps, reports. They tell an attacker about the build and are not served, and nothing else from the
   * client's war is either (its META-INF and WEB-INF).
   */
  @ParameterizedTest
  @ValueSource(strings = {"/app/app.devmode.js", "/app/compilation-mappings.txt",
      "/WEB-INF/deploy/app/symbolMaps/", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF",
      "/META-INF/maven/dev.ossdirect/client/pom.xml", "/webapp/app/index.html"})
  void gwtsDevelopmentArtifactsAreNotServed(String path) throws Exception {
    assertEquals(404, app.get(BROWSER, path).statusCode(), path);
  }

  /** What is packaged is only what the page loads: the host page, its style sheet and its scripts. */
  @Test
  void onlyTheFilesThePageLoadsArePackaged() throws Exception {
    Path webapp = Path.of(HttpServer.class.getResource("/webapp").toURI());
    List<String> files;
    try (Stream<Path> tree = Files.walk(webapp)) {
      files = tree.filter(Files::isRegularFile).map(file -> webapp.relativize(file).toString()).sorted().toList();
    }
    assertTrue(files.containsAll(List.of("app/app.css", "app/app.nocache.js", "app/index.html")), files.toString());
    for (String file : files) {
      assertTrue(file.matches("app/(index\\.html|app\\.css|app\\.nocache\\.js|[0-9A-F]{32}(\\.page)?\\.cache\\.js)"), file);
    }
  }

  @Test
  void healthCheckAnswers() throws Exception {
    HttpResponse<String> health = app.get(BROWSER, "/healthz");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\"}", health.body());
  }
}
