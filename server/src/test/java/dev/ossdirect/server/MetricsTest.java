package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The metrics listener, scraped before and after known traffic: each counter moved by exactly what the
 * traffic did, and nothing in the scrape names a session, a client or a credential.
 */
class MetricsTest {

  @TempDir Path dataDir;

  @Test
  void countersMoveByWhatTheTrafficDidAndNoLabelCarriesASessionClientOrCredential() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=3", "--metrics-port=0")) {
      UploadApi api = new UploadApi(app);
      PrometheusText before = scrape(app);

      HttpClient a = LocalApp.newBrowser();
      HttpClient b = LocalApp.newBrowser();
      JsonNode token = UploadApi.JSON.readTree(app.get(a, "/api/sts-token").body());
      assertEquals(200, app.get(a, "/api/sts-token").statusCode());
      assertEquals(200, app.get(b, "/api/sts-token").statusCode());
      assertEquals(429, app.get(a, "/api/sts-token").statusCode());
      HttpResponse<String> created = api.create(a, "photo.jpg", 1000, "image/jpeg");
      assertEquals(200, created.statusCode(), created.body());
      HttpResponse<String> empty = api.create(a, "empty.jpg", 0, "image/jpeg");
      assertEquals(400, empty.statusCode(), empty.body());
      String uploadId = UploadApi.JSON.readTree(created.body()).get("Id").asText();
      int aborted = api.delete(a, "/api/uploads/" + uploadId).statusCode();

      String text = scrapeText(app);
      PrometheusText after = new PrometheusText(text);
      assertEquals(3, moved(before, after, "ossdirect_tokens_issued_total"));
      assertEquals(1, moved(before, after, "cache_gets_total", "cache", "tokens", "result", "hit"));
      assertEquals(2, moved(before, after, "cache_gets_total", "cache", "tokens", "result", "miss"));
      assertEquals(1, moved(before, after, "ossdirect_rate_limit_refused_total"));
      assertEquals(2, moved(before, after, "ossdirect_sts_assume_role_seconds_count",
          "purpose", "browser", "outcome", "success"));
      assertTrue(after.value("ossdirect_sts_assume_role_seconds_sum", "purpose", "browser") > 0);
      assertEquals(1, moved(before, after, "ossdirect_upload_requests_total", "action", "create", "status", "200"));
      assertEquals(1, moved(before, after, "ossdirect_upload_requests_total", "action", "create", "status", "400"));
      assertEquals(1, moved(before, after, "ossdirect_upload_requests_total",
          "action", "abort", "status", Integer.toString(aborted)));
      assertEquals(3, moved(before, after, "ossdirect_upload_requests_total"));

      List<String> secrets = new ArrayList<>(List.of("127.0.0.1", uploadId,
          token.get("AccessKeyId").asText(), token.get("AccessKeySecret").asText(),
          token.get("SecurityToken").asText(), token.get("UploadPrefix").asText()));
      secrets.addAll(cookies(a));
      secrets.addAll(cookies(b));
      assertTrue(cookies(a).size() == 1 && cookies(b).size() == 1, "each browser has a session cookie");
      for (String secret : secrets) {
        assertFalse(text.contains(secret), "the scrape shows " + secret);
        for (String value : after.labelValues()) {
          assertFalse(value.contains(secret), "a label shows " + secret);
        }
      }
    }
  }

  @Test
  void metricsAreOffByDefaultAndNeverOnTheAppsOwnPort() throws Exception {
    try (LocalApp app = LocalApp.start(dataDir)) {
      assertTrue(app.application.metricsPort().isEmpty());
      assertEquals(404, app.get(LocalApp.newBrowser(), "/metrics").statusCode());
      assertFalse(app.application.describe().contains("/metrics"));
    }
    try (LocalApp app = LocalApp.start(dataDir, "--metrics-port=0")) {
      assertEquals(404, app.get(LocalApp.newBrowser(), "/metrics").statusCode());
      int port = app.application.metricsPort().getAsInt();
      assertTrue(app.application.describe().contains("http://127.0.0.1:" + port + "/metrics"),
          app.application.describe());
      HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(metricsUri(app).resolve("/other")).build());
      assertEquals(404, elsewhere.statusCode());
      HttpResponse<String> post = send(
          HttpRequest.newBuilder(metricsUri(app)).POST(HttpRequest.BodyPublishers.ofString("")).build());
      assertEquals(405, post.statusCode());
      HttpResponse<String> scrape = send(HttpRequest.newBuilder(metricsUri(app)).build());
      assertTrue(scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain; version=0.0.4"));
      assertTrue(scrape.body().contains("# TYPE ossdirect_tokens_issued_total counter"), scrape.body());
    }
  }

  private static double moved(PrometheusText before, PrometheusText after, String name, String... labels) {
    return after.value(name, labels) - before.value(name, labels);
  }

  private static List<String> cookies(HttpClient browser) {
    CookieManager jar = (CookieManager) browser.cookieHandler().orElseThrow();
    return jar.getCookieStore().getCookies().stream().map(HttpCookie::getValue).toList();
  }

  private static URI metricsUri(LocalApp app) {
    return URI.create("http://127.0.0.1:" + app.application.metricsPort().getAsInt() + "/metrics");
  }

  private static PrometheusText scrape(LocalApp app) throws Exception {
    return new PrometheusText(scrapeText(app));
  }

  private static String scrapeText(LocalApp app) throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(metricsUri(app)).build());
    assertEquals(200, response.statusCode());
    return response.body();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
