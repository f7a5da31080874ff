package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --dev-code-server}: off, the page's policy and scripts are exactly the production ones; on, the
 * bootstrap script loads the app from the code server, whose origin the policy allows for scripts and
 * connections and for nothing else.
 */
class DevCodeServerTest {

  private static final String CODE_SERVER = "http://127.0.0.1:9876";
  private static final HttpClient BROWSER = LocalApp.newBrowser();

  @TempDir Path dataDir;

  /** The policy as the server sent it before the setting existed, with this run's bucket and IMM origins. */
  private static String productionPolicy(Deployment deployment) {
    return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; "
        + "connect-src 'self' " + Deployment.origin(deployment.bucketUrl()) + " "
        + Deployment.origin(deployment.immEndpoint()) + "; "
        + "base-uri 'none'; form-action 'self'; object-src 'none'; frame-ancestors 'none'";
  }

  @Test
  void withoutTheSettingThePolicyAndTheBootstrapAreTheProductionOnes() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir)) {
      String expected = productionPolicy(app.application.deployment());
      for (String path : new String[] {"/", "/app/app.nocache.js", "/api/sts-token", "/no-such-page"}) {
        HttpResponse<String> answer = app.get(BROWSER, path);
        assertEquals(expected, answer.headers().firstValue("Content-Security-Policy").orElseThrow(), path);
      }
      assertFalse(app.get(BROWSER, "/app/app.nocache.js").body().contains("recompile-requester"));
      assertFalse(app.application.describe().contains("Code server"));
    }
  }

  @Test
  void withTheSettingTheCodeServerIsAllowedForScriptsAndConnectionsOnly() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--dev-code-server=" + CODE_SERVER)) {
      String expected = productionPolicy(app.application.deployment())
          .replace("script-src 'self';", "script-src 'self' " + CODE_SERVER + ";")
          .replace("; base-uri", " " + CODE_SERVER + "; base-uri");
      assertTrue(expected.contains("connect-src 'self' http"), expected);
      for (String path : new String[] {"/", "/app/app.nocache.js", "/api/sts-token", "/no-such-page"}) {
        HttpResponse<String> answer = app.get(BROWSER, path);
        assertEquals(expected, answer.headers().firstValue("Content-Security-Policy").orElseThrow(), path);
      }
      assertTrue(app.application.describe().contains("Code server     " + CODE_SERVER), app.application.describe());
    }
  }

  @Test
  void withTheSettingTheBootstrapScriptLoadsTheAppFromTheCodeServer() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--dev-code-server=http://localhost:9877")) {
      HttpResponse<String> bootstrap = app.get(BROWSER, "/app/app.nocache.js");
      assertEquals(200, bootstrap.statusCode());
      assertEquals("text/javascript; charset=utf-8", bootstrap.headers().firstValue("Content-Type").orElse(""));
      assertEquals("no-cache", bootstrap.headers().firstValue("Cache-Control").orElse(""));
      assertTrue(bootstrap.body().contains("script.src = 'http://localhost:9877/recompile-requester/app';"),
          bootstrap.body());
      assertTrue(bootstrap.body().contains("document.getElementById('page-error')"), bootstrap.body());
      assertFalse(bootstrap.body().matches("(?s).*[0-9A-F]{32}.*"), "the compiled bootstrap was served");
      assertTrue(app.get(BROWSER, "/").body().contains("<script src=\"/app/app.nocache.js\">"));
    }
  }
}
