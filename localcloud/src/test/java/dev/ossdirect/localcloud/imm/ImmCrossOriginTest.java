package dev.ossdirect.localcloud.imm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
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

/** The app's page calls IMM from the browser: IMM answers its origin's CORS requests, and only its. */
class ImmCrossOriginTest {

  private static final String APP = "http://127.0.0.1:8080";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path dataDir;
  private static LocalCloud cloud;

  @BeforeAll
  static void startLocalCloud() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir).allowedOrigins(List.of(APP)));
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  private static HttpResponse<String> send(String method, String origin, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(cloud.immEndpoint().resolve("/?Action=DetectImageFaces"))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aPreflightFromTheAppIsAllowedWithTheAcs3Headers() throws Exception {
    HttpResponse<String> preflight = send("OPTIONS", APP,
        "Access-Control-Request-Method", "POST",
        "Access-Control-Request-Headers", "authorization,x-acs-action,x-acs-date,x-acs-security-token");
    assertEquals(200, preflight.statusCode());
    assertEquals(Optional.of(APP), preflight.headers().firstValue("Access-Control-Allow-Origin"));
    String allowed = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("");
    assertTrue(allowed.contains("x-acs-security-token"), allowed);
  }

  @Test
  void theAppCanReadAnErrorAnswer() throws Exception {
    HttpResponse<String> answer = send("POST", APP);
    assertTrue(answer.statusCode() >= 400);
    assertEquals(Optional.of(APP), answer.headers().firstValue("Access-Control-Allow-Origin"));
    assertTrue(answer.body().contains("\"Code\""), answer.body());
  }

  @Test
  void anotherOriginIsNotAllowed() throws Exception {
    HttpResponse<String> answer = send("POST", "http://evil.example");
    assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }
}
