package dev.ossdirect.reliability.hostile;

import static dev.ossdirect.reliability.hostile.HostileOss.BUCKET;

import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.wire.Answer;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests that ask OSS for what the local OSS does not do, correctly signed: a copy, an ACL, a storage
 * class, tags, a callback, server-side encryption, a symlink, an append, a restore, a version. Each must be
 * {@code NotImplemented} (501) in OSS's XML, never a 200 for something that did not happen, and leave the
 * data folder exactly as it was ({@link HostileOss}): sent to a new key, nothing appears; sent over a
 * stored canary, the canary is intact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUnimplementedTest {

  private static final String CANARY = "uploads/canary-0.bin";
  private HostileOss hostile;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root);
  }

  @AfterAll
  void stop() {
    hostile.close();
  }

  Stream<Arguments> headers() {
    Map<String, String> headers = Map.ofEntries(
        Map.entry("x-oss-copy-source", "/" + BUCKET + "/uploads/canary-1.bin"),
        Map.entry("x-oss-copy-source-range", "bytes=0-9"),
        Map.entry("x-oss-metadata-directive", "REPLACE"),
        Map.entry("x-oss-object-acl", "public-read"),
        Map.entry("x-oss-storage-class", "ColdArchive"),
        Map.entry("x-oss-tagging", "owner=me"),
        Map.entry("x-oss-callback", "eyJjYWxsYmFja1VybCI6Imh0dHA6Ly8xMjcuMC4wLjEvIn0="),
        Map.entry("x-oss-callback-var", "eyJ4OnVzZXIiOiJtZSJ9"),
        Map.entry("x-oss-server-side-encryption", "KMS"),
        Map.entry("x-oss-server-side-encryption-key-id", "9468da86-3509-4f8d-a61e-6eab1eac2ec5"),
        Map.entry("x-oss-server-side-data-encryption", "SM4"),
        Map.entry("x-oss-symlink-target", "uploads/canary-1.bin"));
    return headers.entrySet().stream().flatMap(header -> Stream.of(
        Arguments.of(header.getKey(), header.getValue(), "uploads/new.bin"),
        Arguments.of(header.getKey(), header.getValue(), CANARY)));
  }

  @ParameterizedTest(name = "{0} on {2}")
  @MethodSource("headers")
  void aPutObjectWithAHeaderNotImplementedIsRefused(String header, String value, String key) throws Exception {
    hostile.checkRefused(Row.HOSTILE_UNIMPLEMENTED,
        () -> send("PUT", key, Map.of(), Map.of(header, value), OssBytes.random(5000, 77)), 501, "NotImplemented");
  }

  Stream<Arguments> subresources() {
    return Stream.of(
        Arguments.of("PUT", Map.of("acl", "")),
        Arguments.of("PUT", Map.of("tagging", "")),
        Arguments.of("PUT", Map.of("symlink", "")),
        Arguments.of("POST", Map.of("append", "", "position", "0")),
        Arguments.of("POST", Map.of("restore", "")),
        Arguments.of("GET", Map.of("versionId", "CAEQNhiBgICb8o6D0BYiIDNlNzk5NGE2M2Y3ZjRhZTViYTAxZGE0ZTEyYWVlYWE2")));
  }

  @ParameterizedTest(name = "{0} ?{1}")
  @MethodSource("subresources")
  void aSubResourceNotImplementedIsRefused(String method, Map<String, String> query) throws Exception {
    byte[] body = method.equals("GET") ? new byte[0] : OssBytes.random(5000, 78);
    hostile.checkRefused(Row.HOSTILE_UNIMPLEMENTED, () -> send(method, CANARY, query, Map.of(), body), 501,
        "NotImplemented");
  }

  private Answer send(String method, String key, Map<String, String> query, Map<String, String> extra,
      byte[] body) throws Exception {
    return Answer.of(RawHttp.send(hostile.signed.port(), method, SignedRequests.target(BUCKET, key, query),
        hostile.signed.headers(method, BUCKET, key, query, extra), body));
  }
}
