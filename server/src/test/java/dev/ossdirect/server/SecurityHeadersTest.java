package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Every answer of the server carries the security headers: the app's pages and scripts, its API, its 404s,
 * and the error pages Jetty writes itself for the requests it refuses before any handler runs.
 */
class SecurityHeadersTest {

  @TempDir static Path dataDir;
  private static LocalApp app;

  @BeforeAll
  static void startApp() {
    app = LocalApp.start(dataDir);
  }

  @AfterAll
  static void stopApp() {
    app.close();
  }

  static Stream<Arguments> requests() {
    String host = "Host: 127.0.0.1\r\n";
    return Stream.of(
        Arguments.of("the page", 200, "GET / HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("the bootstrap script", 200, "GET /app/app.nocache.js HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("the token endpoint", 200, "GET /api/sts-token HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("a path that does not exist", 404, "GET /no-such-page HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("a method without a route", 404, "DELETE / HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("a request target over 8 KiB", 414,
            "GET /" + "a".repeat(9 * 1024) + " HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("a header block over 8 KiB", 431,
            "GET / HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(9 * 1024) + "\r\n\r\n"),
        Arguments.of("an HTTP version that does not exist", 505, "GET / HTTP/7.0\r\n" + host + "\r\n"),
        Arguments.of("a malformed request line", 400, "GET\r\n" + host + "\r\n"),
        Arguments.of("a broken escape in the path", 400, "GET /%zz HTTP/1.1\r\n" + host + "\r\n"),
        Arguments.of("two Host headers", 400, "GET / HTTP/1.1\r\n" + host + "Host: 127.0.0.2\r\n\r\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void everyAnswerCarriesTheSecurityHeaders(String name, int status, String request) throws Exception {
    RawHttp.Response answer = RawHttp.exchange(app.application.url().getPort(), request);
    assertEquals(status, answer.status(), answer.text());
    String policy = String.valueOf(answer.header("Content-Security-Policy"));
    assertTrue(policy.contains("frame-ancestors 'none'"), answer.headers().toString());
    assertTrue(policy.contains("script-src 'self'"), answer.headers().toString());
    assertEquals("nosniff", answer.header("X-Content-Type-Options"), answer.headers().toString());
    assertEquals("no-referrer", answer.header("Referrer-Policy"), answer.headers().toString());
  }
}
