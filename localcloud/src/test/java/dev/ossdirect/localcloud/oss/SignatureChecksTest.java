package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssSignatureV4;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local OSS checks besides the signature itself, with requests signed by the project's library and
 * then altered: the V4 scope's date and region, the payload hash, a signed {@code Content-Length} against the
 * body actually sent, one authentication mechanism at a time, and a signature at all.
 */
class SignatureChecksTest {

  private static final String KEY = "uploads/checked.txt";

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static Credentials credentials;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    credentials = oss.assumeRole();
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  private static RawHttp.Response put(Map<String, String> headers, String query) throws Exception {
    String target = SignedRequests.target(BUCKET, KEY, Map.of()) + query;
    return RawHttp.send(oss.ossPort(), "PUT", target, headers, new byte[] {1});
  }

  private static void assertError(int status, String code, RawHttp.Response response) {
    assertEquals(status, response.status(), response.text());
    assertTrue(response.text().contains("<Code>" + code + "</Code>"), response.text());
    String requestId = response.header("x-oss-request-id");
    assertTrue(requestId.matches("[0-9A-F]{24}"), requestId);
  }

  private static Map<String, String> signedFor(String region) {
    SignedRequests signer = new SignedRequests(oss.ossPort(), region, credentials, oss.clock);
    return signer.headers("PUT", BUCKET, KEY, Map.of());
  }

  @Test
  void aCorrectlySignedRequestSucceeds() throws Exception {
    assertEquals(200, put(signedFor(oss.cloud.region()), "").status());
  }

  @Test
  void theV4ScopeMustBeThisRegionOnTheDateOfTheRequest() throws Exception {
    assertError(400, "InvalidArgument", put(signedFor("cn-shanghai"), ""));

    Map<String, String> otherDay = signedFor(oss.cloud.region());
    String scopeDate = otherDay.get("authorization").replaceAll(".*Credential=[^/]+/(\\d{8})/.*", "$1");
    otherDay.put("authorization", otherDay.get("authorization").replace("/" + scopeDate + "/", "/20200101/"));
    assertError(400, "InvalidArgument", put(otherDay, ""));
  }

  @Test
  void aSignedContentLengthIsTheBodysRealLength() throws Exception {
    SignableRequest request = SignableRequest.builder("PUT", SignableRequest.ossPath(BUCKET, "uploads/sized.bin"))
        .header("content-length", "3")
        .build();
    SignableRequest signed = new OssSignatureV4(oss.cloud.region(), oss.clock).sign(request, credentials,
        List.of("content-length"));
    assertTrue(signed.header("authorization").contains("AdditionalHeaders=content-length"));
    Map<String, String> headers = new LinkedHashMap<>(signed.headers());
    headers.remove("content-length");
    String target = SignedRequests.target(BUCKET, "uploads/sized.bin", Map.of());
    for (byte[] wrongSize : new byte[][] {new byte[2], new byte[4], new byte[0]}) {
      assertError(403, "SignatureDoesNotMatch", RawHttp.send(oss.ossPort(), "PUT", target, headers, wrongSize));
    }
    assertTrue(oss.cloud.objectStore().open(BUCKET, "uploads/sized.bin").isEmpty());
    assertEquals(200, RawHttp.send(oss.ossPort(), "PUT", target, headers, new byte[3]).status());
  }

  @Test
  void theV4PayloadHashMustBeUnsigned() throws Exception {
    Map<String, String> headers = signedFor(oss.cloud.region());
    headers.put("x-oss-content-sha256", "0".repeat(64));
    assertError(400, "InvalidArgument", put(headers, ""));
  }

  @Test
  void aRequestNeedsAValidDate() throws Exception {
    Map<String, String> headers = signedFor(oss.cloud.region());
    headers.remove("x-oss-date");
    assertError(403, "AccessDenied", put(headers, ""));
  }

  @Test
  void aRequestIsSignedOnceAndAtAll() throws Exception {
    String alsoSignedUrl = "?OSSAccessKeyId=x&Expires=1&Signature=y";
    assertError(400, "InvalidArgument", put(signedFor(oss.cloud.region()), alsoSignedUrl));
    assertError(403, "AccessDenied", put(Map.of(), ""));
    assertError(403, "AccessDenied", put(Map.of("Authorization", "Bearer something"), ""));
  }
}
