package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {

  @TempDir Path dataDir;

  @Test
  void burstsBeyondTheRateLimitGet429WithRetryAfterAndNoStsCall() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=5")) {
      // The server's own token, which signs uploads, is assumed at start.
      long atStart = app.localCloud().assumeRoleCount();
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
      assertEquals(atStart + 1, app.localCloud().assumeRoleCount());
      assertEquals(200, app.get(browser, "/healthz").statusCode());
    }
  }

  @Test
  void renewalsCountAgainstTheLimitAndCallStsOnlyWhenAllowed() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=3")) {
      // The server's own token, which signs uploads, is assumed at start.
      long atStart = app.localCloud().assumeRoleCount();
      HttpClient browser = LocalApp.newBrowser();
      assertEquals(200, app.get(browser, "/api/sts-token").statusCode());
      assertEquals(200, app.get(browser, "/api/sts-token?renew=1").statusCode());
      assertEquals(200, app.get(browser, "/api/sts-token?renew=1").statusCode());
      assertEquals(atStart + 3, app.localCloud().assumeRoleCount());
      HttpResponse<String> over = app.get(browser, "/api/sts-token?renew=1");
      assertEquals(429, over.statusCode());
      assertTrue(over.headers().firstValue("Retry-After").isPresent());
      assertEquals(atStart + 3, app.localCloud().assumeRoleCount());
    }
  }

  @Test
  void behindATrustedProxyEachForwardedClientHasItsOwnLimit() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=2", "--trusted-proxies=1")) {
      HttpClient browser = LocalApp.newBrowser();
      for (String client : new String[] {"203.0.113.9", "198.51.100.1"}) {
        assertEquals(List.of(200, 200, 429), statuses(app, browser, client, 3), client);
      }
      // What a client writes to the left of the proxy's entry does not give it a new allowance.
      assertEquals(List.of(429), statuses(app, browser, "192.0.2.77, 203.0.113.9", 1));
    }
  }

  @Test
  void withoutATrustedProxyAForgedForwardedForDoesNotEscapeTheLimit() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=2")) {
      HttpClient browser = LocalApp.newBrowser();
      assertEquals(List.of(200, 200), statuses(app, browser, "203.0.113.9", 2));
      assertEquals(List.of(429), statuses(app, browser, "198.51.100.1", 1));
    }
  }

  /** The statuses of {@code count} token requests carrying {@code X-Forwarded-For: forwardedFor}. */
  private static List<Integer> statuses(LocalApp app, HttpClient browser, String forwardedFor, int count)
      throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      HttpRequest request = HttpRequest.newBuilder(app.url("/api/sts-token"))
          .header("X-Forwarded-For", forwardedFor)
          .build();
      statuses.add(browser.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }
    return statuses;
  }
}
