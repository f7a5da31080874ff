package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
    Map<String, String> head = head(app.application.url().getPort(), request);
    assertEquals(Integer.toString(status), head.get(":status"), head.toString());
    String policy = String.valueOf(head.get("content-security-policy"));
    assertTrue(policy.contains("frame-ancestors 'none'"), head.toString());
    assertTrue(policy.contains("script-src 'self'"), head.toString());
    assertEquals("nosniff", head.get("x-content-type-options"), head.toString());
    assertEquals("no-referrer", head.get("referrer-policy"), head.toString());
  }

  /**
   * Sends {@code request} as it is written, however malformed (Java's HTTP clients would refuse to), and
   * returns the head of the answer: its headers by lower-case name, and its status as {@code :status}.
   */
  private static Map<String, String> head(int port, String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      Map<String, String> head = new LinkedHashMap<>();
      head.put(":status", line(in).split(" ")[1]);
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        int colon = line.indexOf(':');
        head.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      return head;
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("The connection closed in the middle of the answer's head");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
