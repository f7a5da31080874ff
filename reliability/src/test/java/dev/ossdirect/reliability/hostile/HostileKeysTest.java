package dev.ossdirect.reliability.hostile;

import static dev.ossdirect.reliability.hostile.HostileOss.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.oss.DataFolder;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys that try to leave the data folder, or that are not valid names, get a 400 {@code InvalidObjectName}
 * (or {@code InvalidURI} when the HTTP server cannot even parse the request target), with every method
 * that names an object, and change nothing on disk, even for a caller whose policy allows every OSS action
 * everywhere ({@link HostileOss}). Also: the longest key and a key that merely looks encoded are ordinary
 * keys, and the bucket can be named by the {@code Host} header.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileKeysTest {

  private HostileOss hostile;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root);
  }

  @AfterAll
  void stop() {
    hostile.close();
  }

  /** Each raw path after {@code /bucket/}, and the key its request is signed for. */
  static Stream<List<String>> hostileKeys() {
    String tooLong = "uploads/" + "a".repeat(1016);
    String tooLongInBytes = "uploads/" + "\u00e9".repeat(508);
    return Stream.of(
        List.of("../escape", "../escape"),
        List.of("uploads/../../../escape", "uploads/../../../escape"),
        List.of("%2e%2e/%2e%2e/escape", "../../escape"),
        List.of("uploads/%2E%2E/%2E%2E/%2E%2E/escape", "uploads/../../../escape"),
        List.of("uploads/%2e%2e%2f%2e%2e%2fescape", "uploads/../../escape"),
        List.of("uploads/..%2F..%2Fescape", "uploads/../../escape"),
        List.of("uploads/./x", "uploads/./x"),
        List.of("uploads/x/.", "uploads/x/."),
        List.of("uploads/x/..", "uploads/x/.."),
        List.of("%2Fetc%2Fpasswd", "/etc/passwd"),
        List.of("/etc/passwd", "/etc/passwd"),
        List.of("uploads/a%00b", "uploads/a\0b"),
        List.of("uploads/a%0Ab", "uploads/a\nb"),
        List.of("uploads/a%0D%0AX-Injected:%201", "uploads/a\r\nX-Injected: 1"),
        List.of("uploads/a%7Fb", "uploads/a\u007fb"),
        List.of("uploads%5C..%5C..%5Cescape", "uploads\\..\\..\\escape"),
        List.of("uploads\\..\\..\\escape", "uploads\\..\\..\\escape"),
        List.of("%5Cescape", "\\escape"),
        List.of("..%5C..%5Cescape", "..\\..\\escape"),
        List.of(tooLong, tooLong),
        List.of(SignedRequests.target(BUCKET, tooLongInBytes, Map.of()).substring(BUCKET.length() + 2),
            tooLongInBytes),
        List.of("uploads/%FF%FE", "uploads/x"),
        List.of("uploads/%C0%AE%C0%AE/escape", "uploads/x"),
        List.of("uploads/%C0%AF", "uploads/x"),
        List.of("uploads/%ED%A0%80", "uploads/x"),
        List.of("uploads/%F4%90%80%80", "uploads/x"),
        List.of("uploads/%2", "uploads/x"),
        List.of("uploads/%zz", "uploads/x"),
        List.of("uploads/%u002e%u002e/x", "uploads/x"));
  }

  Stream<Arguments> hostileRequests() {
    return hostileKeys().flatMap(key -> Stream.of("PUT", "GET", "DELETE", "POST ?uploads")
        .map(method -> Arguments.of(method, key)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("hostileRequests")
  void aHostileKeyIsRefusedAndWritesNothing(String method, List<String> hostile) throws Exception {
    String verb = method.split(" ")[0];
    Map<String, String> query = method.endsWith("?uploads") ? Map.of("uploads", "") : Map.of();
    String target = "/" + BUCKET + "/" + hostile.get(0) + (query.isEmpty() ? "" : "?uploads");
    byte[] body = verb.equals("PUT") ? "payload".getBytes(StandardCharsets.UTF_8) : new byte[0];
    this.hostile.check(Row.HOSTILE_KEYS,
        () -> Answer.of(RawHttp.send(this.hostile.oss.ossPort(), verb, target,
            this.hostile.signed.headers(verb, BUCKET, hostile.get(1), query), body)),
        answer -> answer.isError(400, "InvalidObjectName") || answer.isError(400, "InvalidURI"),
        "400 InvalidObjectName or InvalidURI");
  }

  @Test
  void theLongestKeyAndAnEscapeDecodedOnceAreOrdinaryKeys() throws Exception {
    String longest = "uploads/" + "a".repeat(1015);
    List<String> before = DataFolder.tree(hostile.root);
    assertEquals(200, hostile.signed.send("PUT", BUCKET, longest, Map.of(), new byte[] {1}).status());
    assertNotEquals(before, DataFolder.tree(hostile.root));
    assertTrue(hostile.oss.cloud.objectStore().open(BUCKET, longest).isPresent());

    RawHttp.Response response = RawHttp.send(hostile.oss.ossPort(), "PUT", "/" + BUCKET + "/uploads/%252e%252e",
        hostile.signed.headers("PUT", BUCKET, "uploads/%2e%2e", Map.of()), new byte[] {2});
    assertEquals(200, response.status(), response.text());
    assertTrue(hostile.oss.cloud.objectStore().open(BUCKET, "uploads/%2e%2e").isPresent());
  }

  @Test
  void aBucketIsNamedByThePathOrByTheHost() throws Exception {
    int port = hostile.oss.ossPort();
    String key = "uploads/virtual-hosted.txt";
    Map<String, String> headers = hostile.signed.headers("PUT", BUCKET, key, Map.of());
    headers.put("Host", BUCKET + ".localhost:" + port);
    RawHttp.Response put = RawHttp.send(port, "PUT", "/" + key, headers, new byte[] {3});
    assertEquals(200, put.status(), put.text());
    assertTrue(hostile.oss.cloud.objectStore().open(BUCKET, key).isPresent());

    Map<String, String> elsewhere = hostile.signed.headers("GET", "no-such-bucket", key, Map.of());
    elsewhere.put("Host", "no-such-bucket.localhost:" + port);
    RawHttp.Response virtual = RawHttp.send(port, "GET", "/" + key, elsewhere, new byte[0]);
    assertEquals(404, virtual.status());
    assertTrue(virtual.text().contains("<Code>NoSuchBucket</Code>"), virtual.text());

    RawHttp.Response path = hostile.signed.send("GET", "no-such-bucket", key, Map.of(), new byte[0]);
    assertEquals(404, path.status());
    assertTrue(path.text().contains("<Code>NoSuchBucket</Code>"), path.text());

    RawHttp.Response invalid = RawHttp.send(port, "GET", "/Not_A_Bucket/x", Map.of(), new byte[0]);
    assertEquals(400, invalid.status());
    assertTrue(invalid.text().contains("<Code>InvalidBucketName</Code>"), invalid.text());
  }
}
