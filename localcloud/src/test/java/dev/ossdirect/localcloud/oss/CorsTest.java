package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.APP_ORIGIN;
import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bucket CORS as a browser meets it, with Java's plain HTTP client standing in for the browser: preflights
 * from allowed and refused origins, and the CORS headers on actual responses, errors included.
 */
class CorsTest {

  private static final String WILDCARD_BUCKET = "wildcard-cors";

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    oss = OssTestCloud.start(dataDir, config -> config.buckets(List.of(
        new BucketConfig(BUCKET, List.of(CorsRule.forApp(List.of(APP_ORIGIN)))),
        new BucketConfig(WILDCARD_BUCKET, List.of(new CorsRule(
            List.of("https://*.example.com"), List.of("GET", "PUT"), List.of("x-oss-*", "Content-Type"),
            List.of("ETag"), -1))))));
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  private static HttpResponse<String> preflight(String bucket, String origin, String method, String headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(bucket, "uploads/photo.jpg"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", method);
    if (headers != null) {
      request.header("Access-Control-Request-Headers", headers);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String key, String origin) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(uri(BUCKET, key)).header("Origin", origin).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String bucket, String key) {
    return URI.create(oss.cloud.ossEndpoint() + "/" + bucket + "/" + key);
  }

  private static Optional<String> header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name);
  }

  @Test
  void aPreflightFromTheAppsOriginIsAllowed() throws Exception {
    HttpResponse<String> response = preflight(BUCKET, APP_ORIGIN, "PUT",
        "authorization,content-type,x-oss-date,x-oss-content-sha256,x-oss-security-token");
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of(APP_ORIGIN), header(response, "Access-Control-Allow-Origin"));
    assertTrue(header(response, "Access-Control-Allow-Methods").orElse("").contains("PUT"));
    assertEquals(
        Optional.of("authorization, content-type, x-oss-date, x-oss-content-sha256, x-oss-security-token"),
        header(response, "Access-Control-Allow-Headers"));
    assertEquals(Optional.of("ETag, x-oss-request-id, x-oss-ec"),
        header(response, "Access-Control-Expose-Headers"));
    assertEquals(Optional.of("600"), header(response, "Access-Control-Max-Age"));
    assertTrue(header(response, "x-oss-request-id").isPresent());
  }

  @Test
  void aPreflightFromAnotherOriginOrForAnotherMethodIsRefused() throws Exception {
    for (HttpResponse<String> response : List.of(
        preflight(BUCKET, "https://evil.example", "PUT", null),
        preflight(BUCKET, APP_ORIGIN, "PATCH", null))) {
      assertEquals(403, response.statusCode());
      assertTrue(response.body().contains("<Code>AccessForbidden</Code>"), response.body());
      assertTrue(response.body().contains("<Message>CORSResponse: This CORS request is not allowed."),
          response.body());
      assertTrue(header(response, "Access-Control-Allow-Origin").isEmpty());
    }
    assertEquals(404, preflight("no-such-bucket", APP_ORIGIN, "PUT", null).statusCode());
  }

  @Test
  void wildcardsMatchOriginsAndHeaders() throws Exception {
    HttpResponse<String> allowed =
        preflight(WILDCARD_BUCKET, "https://app.example.com", "PUT", "X-OSS-Date, content-type");
    assertEquals(200, allowed.statusCode());
    assertEquals(Optional.of("https://app.example.com"), header(allowed, "Access-Control-Allow-Origin"));
    assertTrue(header(allowed, "Access-Control-Max-Age").isEmpty());

    assertEquals(403,
        preflight(WILDCARD_BUCKET, "https://app.example.com", "PUT", "authorization").statusCode());
    assertEquals(403, preflight(WILDCARD_BUCKET, "https://example.com", "PUT", null).statusCode());
    assertEquals(403, preflight(WILDCARD_BUCKET, "http://app.example.com", "PUT", null).statusCode());
  }

  @Test
  void actualResponsesFromAnAllowedOriginCarryCorsHeadersEvenOnErrors() throws Exception {
    HttpResponse<String> denied = get("uploads/photo.jpg", APP_ORIGIN);
    assertEquals(403, denied.statusCode());
    assertTrue(denied.body().contains("<Code>AccessDenied</Code>"), denied.body());
    assertEquals(Optional.of(APP_ORIGIN), header(denied, "Access-Control-Allow-Origin"));
    assertEquals(Optional.of("ETag, x-oss-request-id, x-oss-ec"),
        header(denied, "Access-Control-Expose-Headers"));
    assertEquals(Optional.of("Origin"), header(denied, "Vary"));

    HttpResponse<String> foreign = get("uploads/photo.jpg", "https://evil.example");
    assertEquals(403, foreign.statusCode());
    assertTrue(header(foreign, "Access-Control-Allow-Origin").isEmpty());
  }
}
