package dev.ossdirect.reliability.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.reliability.report.ReliabilityCase;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.server.LocalApp;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole app in local mode, and requests sent as raw bytes to each of its four endpoints (the app's
 * server, STS, OSS, IMM): ordinary ones, and ones the HTTP server refuses itself before any handler runs.
 * Every answer must forbid sniffing ({@code X-Content-Type-Options: nosniff}) and framing (a
 * Content-Security-Policy with {@code frame-ancestors 'none'}); an error page without them could be framed
 * by another site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHeadersEverywhereTest {

  private LocalApp app;

  @BeforeAll
  void start(@TempDir Path dataDir) {
    app = LocalApp.start(dataDir);
  }

  @AfterAll
  void stop() {
    app.close();
  }

  Stream<Arguments> requests() {
    String host = "Host: 127.0.0.1\r\n";
    String path = "/web-direct-upload/uploads/photo.jpg";
    // Over the request header limits of both servers: 8 KiB for the app, 32 KiB for the local cloud.
    String huge = "a".repeat(70 * 1024);
    return Stream.of("app", "sts", "oss", "imm").flatMap(endpoint -> Stream.of(
        Arguments.of(endpoint, "an ordinary request", 0, "GET " + path + " HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of(endpoint, "a request target over 64 KiB", 414, "GET /" + huge + " HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of(endpoint, "a header block over 64 KiB", 431,
            "GET " + path + " HTTP/1.1\r\n" + host + "X-Big: " + huge + "\r\n\r\n"),
        Arguments.of(endpoint, "an HTTP version that does not exist", 505, "GET " + path + " HTTP/7.0\r\n" + host + "\r\n"),
        Arguments.of(endpoint, "a malformed request line", 400, "GET\r\n" + host + "\r\n"),
        Arguments.of(endpoint, "a broken escape in the path", 400, "GET /%zz HTTP/1.1\r\n" + host + "\r\n")));
  }

  /** {@code serverStatus} is the status the HTTP server refuses the request with, or 0 for an ordinary one. */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("requests")
  @ReliabilityCase(Row.RESPONSES_SECURITY_HEADERS)
  void everyAnswerForbidsSniffingAndFraming(String endpoint, String name, int serverStatus, String request)
      throws Exception {
    RawHttp.Response answer = RawHttp.exchange(port(endpoint), request);
    if (serverStatus != 0) {
      assertEquals(serverStatus, answer.status(), answer.text());
    }
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.headers().toString());
    String policy = String.valueOf(answer.header("Content-Security-Policy"));
    assertTrue(policy.contains("frame-ancestors 'none'"), answer.headers().toString());
  }

  private int port(String endpoint) {
    LocalCloud cloud = app.localCloud();
    return switch (endpoint) {
      case "sts" -> cloud.stsEndpoint().getPort();
      case "oss" -> cloud.ossEndpoint().getPort();
      case "imm" -> cloud.immEndpoint().getPort();
      default -> app.application.url().getPort();
    };
  }
}
