package dev.ossdirect.localcloud.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.oss.RawHttp;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every answer of STS, OSS and IMM carries {@code X-Content-Type-Options: nosniff} and a
 * Content-Security-Policy that forbids framing: the services' own answers, and the error pages of the HTTP
 * server, which refuses some requests before any service sees them.
 */
class SecurityHeadersTest {

  private static final String APP = "http://localhost:8080";
  @TempDir static Path dataDir;
  private static LocalCloud cloud;

  @BeforeAll
  static void startLocalCloud() {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir));
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  static Stream<Arguments> requests() {
    String path = "/web-direct-upload/uploads/photo.jpg";
    String host = "Host: 127.0.0.1\r\n";
    return Stream.of("sts", "oss", "imm").flatMap(service -> Stream.of(
        Arguments.of(service, "an unsigned request", 0,
            "GET " + path + " HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of(service, "a CORS preflight from the app", 0,
            "OPTIONS " + path + " HTTP/1.1\r\n" + host + "Origin: " + APP
                + "\r\nAccess-Control-Request-Method: PUT\r\n\r\n"),
        Arguments.of(service, "a request target over 64 KiB", 414,
            "GET /" + "a".repeat(64 * 1024) + " HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of(service, "a header block over 32 KiB", 431,
            "GET " + path + " HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(40 * 1024) + "\r\n\r\n"),
        Arguments.of(service, "an HTTP version that does not exist", 505,
            "GET " + path + " HTTP/7.0\r\n" + host + "\r\n"),
        Arguments.of(service, "a malformed request line", 400, "GET\r\n" + host + "\r\n"),
        Arguments.of(service, "a broken escape in the path", 400, "GET /%zz HTTP/1.1\r\n" + host + "\r\n")));
  }

  /**
   * Sends {@code request} as it is to {@code service} and checks the headers of the answer, and its status
   * when the HTTP server itself refuses the request ({@code jettyStatus}, or 0 for an answer of the service).
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("requests")
  void everyAnswerForbidsSniffingAndFraming(String service, String name, int jettyStatus, String request)
      throws Exception {
    RawHttp.Response answer = RawHttp.exchange(port(service), request);
    if (jettyStatus != 0) {
      assertEquals(jettyStatus, answer.status(), answer.text());
    }
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.headers().toString());
    String policy = String.valueOf(answer.header("Content-Security-Policy"));
    assertTrue(policy.contains("frame-ancestors 'none'"), answer.headers().toString());
    assertTrue(policy.contains("default-src 'none'"), answer.headers().toString());
  }

  private static int port(String service) {
    return switch (service) {
      case "sts" -> cloud.stsEndpoint().getPort();
      case "imm" -> cloud.immEndpoint().getPort();
      default -> cloud.ossEndpoint().getPort();
    };
  }
}
