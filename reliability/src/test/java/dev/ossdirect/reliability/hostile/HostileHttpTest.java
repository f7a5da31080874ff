package dev.ossdirect.reliability.hostile;

import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.Answer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
 * HTTP requests that no SDK would send, to each service of the local cloud: every one must get a 4xx in
 * that service's error format (RPC JSON for STS and IMM, OSS XML for OSS), never the HTTP server's own
 * page or an empty body, and must leave the data intact ({@link HostileOss}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpTest {

  private HostileOss hostile;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root);
  }

  @AfterAll
  void stop() {
    hostile.close();
  }

  Stream<String> services() {
    return Stream.of("sts", "imm", "oss");
  }

  Stream<Arguments> malformedRequests() {
    String path = "/web-direct-upload/uploads/x";
    String bigHeader = "X-Big: " + "a".repeat(40 * 1024) + "\r\n";
    return services().flatMap(service -> Stream.of(
        Arguments.of(service, "two Host headers",
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.2\r\n\r\n"),
        Arguments.of(service, "a broken escape in the path", "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "an encoded NUL in the path", "GET /%00 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "dot segments above the root",
            "GET /../../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "a header block over 32 KiB",
            "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + bigHeader + "\r\n"),
        Arguments.of(service, "a request target over 64 KiB",
            "GET /" + "a".repeat(64 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "a Content-Length that is not a number",
            "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: ten\r\n\r\n"),
        Arguments.of(service, "Content-Length beside Transfer-Encoding", "PUT " + path
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\nabc"),
        Arguments.of(service, "DELETE", "DELETE " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "an unknown method", "BREW " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "a deep path", "GET /a/b/c/d/e/f HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        Arguments.of(service, "HTTP/1.0 without a Host", "GET " + path + " HTTP/1.0\r\n\r\n")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("malformedRequests")
  void aMalformedRequestGetsACleanErrorInTheServicesFormat(String service, String name, String request)
      throws Exception {
    Answer.Format format = service.equals("oss") ? Answer.Format.OSS_XML : Answer.Format.RPC_JSON;
    hostile.check(Row.HOSTILE_HTTP, () -> send(port(service), request),
        answer -> answer.isCleanClientError(format), "a 4xx in " + format);
  }

  private int port(String service) {
    return switch (service) {
      case "sts" -> hostile.oss.cloud.stsEndpoint().getPort();
      case "imm" -> hostile.oss.cloud.immEndpoint().getPort();
      default -> hostile.oss.ossPort();
    };
  }

  private static Answer send(int port, String request) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return Answer.of(RawHttp.readResponse(socket, false));
    }
  }
}
