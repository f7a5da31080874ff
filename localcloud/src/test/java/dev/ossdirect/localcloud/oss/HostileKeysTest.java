package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Credentials;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys that try to leave the data folder, or that are not valid names, get a 400 {@code InvalidObjectName}
 * (or {@code InvalidURI} when the HTTP server cannot even parse the request target) and change nothing
 * on disk, even for a caller whose policy allows every OSS action everywhere; the whole folder that holds
 * the data folder is listed before and after. Also: the bucket can be named by the {@code Host} header.
 */
class HostileKeysTest {

  @TempDir static Path root;
  private static OssTestCloud oss;
  private static SignedRequests signed;

  @BeforeAll
  static void start() {
    oss = OssTestCloud.start(root.resolve("data"), config -> config.userPolicies(List.of(
        OssTestCloud.allow("sts:AssumeRole", "*"), OssTestCloud.allow("oss:*", "acs:oss:*:*:*"))));
    Credentials ramUser = oss.cloud.ramUserAccessKey();
    signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), ramUser, oss.clock);
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  /** Each raw path after {@code /bucket/}, and the key its request is signed for. */
  static Stream<List<String>> hostileKeys() {
    String tooLong = "uploads/" + "a".repeat(1016);
    return Stream.of(
        List.of("../escape", "../escape"),
        List.of("uploads/../../../escape", "uploads/../../../escape"),
        List.of("%2e%2e/%2e%2e/escape", "../../escape"),
        List.of("uploads/%2E%2E/%2E%2E/%2E%2E/escape", "uploads/../../../escape"),
        List.of("uploads/./x", "uploads/./x"),
        List.of("%2Fetc%2Fpasswd", "/etc/passwd"),
        List.of("/etc/passwd", "/etc/passwd"),
        List.of("uploads/a%00b", "uploads/a\0b"),
        List.of("uploads/a%0Ab", "uploads/a\nb"),
        List.of("uploads%5C..%5C..%5Cescape", "uploads\\..\\..\\escape"),
        List.of("uploads\\..\\..\\escape", "uploads\\..\\..\\escape"),
        List.of("%5Cescape", "\\escape"),
        List.of(tooLong, tooLong),
        List.of("uploads/%FF%FE", "uploads/x"),
        List.of("uploads/%C0%AE%C0%AE/escape", "uploads/x"),
        List.of("uploads/%ED%A0%80", "uploads/x"),
        List.of("uploads/%2", "uploads/x"),
        List.of("uploads/%zz", "uploads/x"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileKeys")
  void aHostileKeyIsRefusedAndWritesNothing(List<String> hostile) throws Exception {
    String target = "/" + BUCKET + "/" + hostile.get(0);
    List<String> before = tree();
    RawHttp.Response response = RawHttp.send(oss.ossPort(), "PUT", target,
        signed.headers("PUT", BUCKET, hostile.get(1), Map.of()), "payload".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.status(), response.text());
    assertTrue(response.text().matches("(?s).*<Code>(InvalidObjectName|InvalidURI)</Code>.*"),
        response.text());
    assertEquals(before, tree());
  }

  @Test
  void theLongestKeyAndAnEscapeDecodedOnceAreOrdinaryKeys() throws Exception {
    String longest = "uploads/" + "a".repeat(1015);
    List<String> before = tree();
    assertEquals(200, signed.send("PUT", BUCKET, longest, Map.of(), new byte[] {1}).status());
    assertNotEquals(before, tree());
    assertTrue(oss.cloud.objectStore().open(BUCKET, longest).isPresent());

    RawHttp.Response response = RawHttp.send(oss.ossPort(), "PUT", "/" + BUCKET + "/uploads/%252e%252e",
        signed.headers("PUT", BUCKET, "uploads/%2e%2e", Map.of()), new byte[] {2});
    assertEquals(200, response.status(), response.text());
    assertTrue(oss.cloud.objectStore().open(BUCKET, "uploads/%2e%2e").isPresent());
  }

  @Test
  void aBucketIsNamedByThePathOrByTheHost() throws Exception {
    String key = "uploads/virtual-hosted.txt";
    Map<String, String> headers = signed.headers("PUT", BUCKET, key, Map.of());
    headers.put("Host", BUCKET + ".localhost:" + oss.ossPort());
    RawHttp.Response put = RawHttp.send(oss.ossPort(), "PUT", "/" + key, headers, new byte[] {3});
    assertEquals(200, put.status(), put.text());
    assertTrue(oss.cloud.objectStore().open(BUCKET, key).isPresent());

    Map<String, String> elsewhere = signed.headers("GET", "no-such-bucket", key, Map.of());
    elsewhere.put("Host", "no-such-bucket.localhost:" + oss.ossPort());
    RawHttp.Response virtual = RawHttp.send(oss.ossPort(), "GET", "/" + key, elsewhere, new byte[0]);
    assertEquals(404, virtual.status());
    assertTrue(virtual.text().contains("<Code>NoSuchBucket</Code>"), virtual.text());

    RawHttp.Response path = signed.send("GET", "no-such-bucket", key, Map.of(), new byte[0]);
    assertEquals(404, path.status());
    assertTrue(path.text().contains("<Code>NoSuchBucket</Code>"), path.text());

    RawHttp.Response invalid = RawHttp.send(oss.ossPort(), "GET", "/Not_A_Bucket/x", Map.of(), new byte[0]);
    assertEquals(400, invalid.status());
    assertTrue(invalid.text().contains("<Code>InvalidBucketName</Code>"), invalid.text());
  }

  /** Every file and folder under the test's root, with the size of each file. */
  private static List<String> tree() throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.map(path -> root.relativize(path) + (Files.isRegularFile(path) ? " " + size(path) : "/"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }
}
