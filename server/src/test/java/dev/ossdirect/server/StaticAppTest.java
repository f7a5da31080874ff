package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled app is served with the security headers and caching rules. */
class StaticAppTest {

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
      assertTrue(page.body().contains("<script src=\"/app/app.nocache.js\">"), path);
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

  @Test
  void healthCheckAnswers() throws Exception {
    HttpResponse<String> health = app.get(BROWSER, "/healthz");
    assertEquals(200, health.statusCode());
    assertEquals("{\"status\":\"ok\"}", health.body());
  }
}
