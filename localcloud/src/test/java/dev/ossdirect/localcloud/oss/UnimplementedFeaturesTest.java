package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Credentials;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headers and sub-resources that ask OSS for something the local OSS does not do are refused with
 * {@code NotImplemented} (501), never answered 200 as though they were not there, and nothing of the
 * request is stored: no object, no temporary file, and an object already at the key stays as it was.
 */
class UnimplementedFeaturesTest {

  private static final String EXISTING = "uploads/existing.bin";
  private static final byte[] EXISTING_BYTES = OssBytes.random(2048, 7);
  private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static SignedRequests signed;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    Credentials credentials = oss.assumeRole();
    signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), credentials, oss.clock);
    assertEquals(200, signed.send("PUT", BUCKET, EXISTING, Map.of(), EXISTING_BYTES).status());
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  /** Sends {@code method} on {@code key} with {@code query}, the {@code extra} headers signed, and {@code body}. */
  private static RawHttp.Response send(String method, String key, Map<String, String> query,
      Map<String, String> extra, byte[] body) throws Exception {
    return RawHttp.send(oss.ossPort(), method, SignedRequests.target(BUCKET, key, query),
        signed.headers(method, BUCKET, key, query, extra), body);
  }

  private static String code(RawHttp.Response response) {
    Matcher code = CODE.matcher(response.text());
    return code.find() ? code.group(1) : "";
  }

  private static void assertNotImplemented(RawHttp.Response response, String... messageParts) {
    assertEquals(501, response.status(), response.text());
    assertEquals("NotImplemented", code(response), response.text());
    for (String part : messageParts) {
      assertTrue(response.text().contains(part), response.text());
    }
  }

  private static void assertNothingStoredAndTheExistingObjectKept(String key) throws Exception {
    assertTrue(oss.cloud.objectStore().open(BUCKET, key).isEmpty(), key + " was stored");
    assertEquals(List.of(), DataFolder.temporaryFiles(dataDir));
    try (StoredObject existing = oss.cloud.objectStore().open(BUCKET, EXISTING).orElseThrow()) {
      assertEquals(OssBytes.etag(EXISTING_BYTES), existing.metadata().etag());
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "x-oss-copy-source | /web-direct-upload/uploads/existing.bin | CopyObject",
      "x-oss-copy-source-if-match | 0123ABCD | CopyObject",
      "x-oss-metadata-directive | REPLACE | CopyObject",
      "x-oss-object-acl | public-read | object ACLs",
      "x-oss-object-acl | private | object ACLs",
      "x-oss-storage-class | Archive | storage classes",
      "x-oss-tagging | owner=me | object tagging",
      "x-oss-callback | eyJjYWxsYmFja1VybCI6Imh0dHA6Ly8xMjcuMC4wLjEvIn0= | upload callbacks",
      "x-oss-callback-var | eyJ4OnVzZXIiOiJtZSJ9 | upload callbacks",
      "x-oss-server-side-encryption | AES256 | server-side encryption",
      "x-oss-server-side-encryption-key-id | 1234 | server-side encryption",
      "x-oss-server-side-data-encryption | SM4 | server-side encryption",
      "x-oss-symlink-target | uploads/existing.bin | symbolic links"})
  void aPutObjectWithAHeaderNotImplementedStoresNothing(String header, String value, String feature)
      throws Exception {
    for (String key : List.of("uploads/refused.bin", EXISTING)) {
      RawHttp.Response refused = send("PUT", key, Map.of(), Map.of(header, value), OssBytes.random(1000, 3));
      assertNotImplemented(refused, feature, header);
    }
    assertNothingStoredAndTheExistingObjectKept("uploads/refused.bin");
  }

  @Test
  void anEmptyObjectWithACopySourceIsNotStoredEither() throws Exception {
    // The attack this closes: a copy that stores an empty object and answers 200, as if it had copied.
    assertNotImplemented(send("PUT", EXISTING, Map.of(),
        Map.of("x-oss-copy-source", "/web-direct-upload/uploads/other.bin"), new byte[0]));
    assertNothingStoredAndTheExistingObjectKept("uploads/refused.bin");
  }

  @Test
  void multipartUploadsRefuseThemToo() throws Exception {
    String key = "uploads/refused-multipart.bin";
    assertNotImplemented(send("POST", key, Map.of("uploads", ""), Map.of("x-oss-storage-class", "IA"),
        new byte[0]), "storage classes");
    assertEquals(List.of(), DataFolder.tree(new StorageLayout(dataDir).uploadsDir(BUCKET)).stream()
        .filter(entry -> !entry.equals("/")).toList(), "no upload was started");

    RawHttp.Response initiated = send("POST", key, Map.of("uploads", ""), Map.of(), new byte[0]);
    assertEquals(200, initiated.status(), initiated.text());
    String uploadId = initiated.text().replaceAll("(?s).*<UploadId>([^<]*)</UploadId>.*", "$1");
    byte[] part = OssBytes.random(1000, 11);
    assertNotImplemented(send("PUT", key, Map.of("partNumber", "1", "uploadId", uploadId),
        Map.of("x-oss-copy-source-range", "bytes=0-99", "x-oss-copy-source", "/web-direct-upload/" + EXISTING),
        part), "UploadPartCopy");
    RawHttp.Response uploaded = send("PUT", key, Map.of("partNumber", "1", "uploadId", uploadId), Map.of(), part);
    assertEquals(200, uploaded.status(), uploaded.text());
    String completion = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"
        + uploaded.header("ETag") + "</ETag></Part></CompleteMultipartUpload>";
    assertNotImplemented(send("POST", key, Map.of("uploadId", uploadId),
        Map.of("x-oss-callback", "eyJjYWxsYmFja1VybCI6Imh0dHA6Ly8xMjcuMC4wLjEvIn0="),
        completion.getBytes(StandardCharsets.UTF_8)), "upload callbacks");
    assertNotImplemented(send("POST", key, Map.of("uploadId", uploadId), Map.of("x-oss-complete-all", "yes"),
        new byte[0]), "with all its parts");
    assertNothingStoredAndTheExistingObjectKept(key);
    RawHttp.Response completed =
        send("POST", key, Map.of("uploadId", uploadId), Map.of(), completion.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, completed.status(), "the refusals left the upload whole: " + completed.text());
  }

  @ParameterizedTest(name = "{0} ?{1}")
  @CsvSource({"PUT, acl", "GET, acl", "PUT, tagging", "GET, tagging", "PUT, symlink", "POST, append",
      "POST, restore", "GET, versionId"})
  void subResourcesNotImplementedAreRefused(String method, String subresource) throws Exception {
    Map<String, String> query = subresource.equals("append") ? Map.of("append", "", "position", "0")
        : subresource.equals("versionId") ? Map.of("versionId", "CAEQ") : Map.of(subresource, "");
    byte[] body = method.equals("GET") ? new byte[0] : OssBytes.random(100, 5);
    assertNotImplemented(send(method, "uploads/refused.bin", query, Map.of(), body));
    assertNothingStoredAndTheExistingObjectKept("uploads/refused.bin");
  }

  @Test
  void headersThatChangeNothingObservableAreAccepted() throws Exception {
    String key = "uploads/accepted.bin";
    RawHttp.Response stored = send("PUT", key, Map.of(),
        Map.of("x-oss-traffic-limit", "819200", "x-oss-user-agent", "aliyun-sdk-js/6.23.0"), new byte[] {1, 2});
    assertEquals(200, stored.status(), stored.text());
  }
}
