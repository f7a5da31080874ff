package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {

  @TempDir Path dataDir;

  @Test
  void burstsBeyondTheRateLimitGet429WithRetryAfterAndNoStsCall() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=5")) {
      HttpClient browser = LocalApp.newBrowser();
      int allowed = 0;
      int limited = 0;
      for (int i = 0; i < 12; i++) {
        HttpResponse<String> response = app.get(browser, "/api/sts-token");
        if (response.statusCode() == 429) {
          limited++;
          long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
          assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
          assertEquals("TooManyRequests", new ObjectMapper().readTree(response.body()).get("Code").asText());
          assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        } else {
          assertEquals(200, response.statusCode());
          allowed++;
        }
      }
      assertEquals(5, allowed);
      assertEquals(7, limited);
      assertEquals(1, app.application.localCloud().assumeRoleCount());
      assertEquals(200, app.get(browser, "/healthz").statusCode());
    }
  }
}
