package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.oss.OssRequestSigner;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local OSS names the documented cause of its errors as OSS does: {@code x-oss-ec} and, after every
 * other element of the {@code <Error>} document, {@code <EC>} and {@code <RecommendDoc>}; HEAD errors carry
 * the header and the document in {@code x-oss-err}. Errors whose cause has no documented EC carry none.
 */
class FineGrainedErrorCodesTest {

  private static final String KEY = "uploads/ec.txt";
  private static final byte[] ONE_BYTE = {1};

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

  @BeforeEach
  void resetClock() {
    oss.clock.setOffset(0);
  }

  /** Asserts that {@code response} names {@code ec} in its header and, last, in its document. */
  private static void assertEc(String ec, RawHttp.Response response) {
    String body = response.text();
    assertEquals(ec, response.header("x-oss-ec"), body);
    assertTrue(body.endsWith("<EC>" + ec + "</EC><RecommendDoc>https://api.aliyun.com/troubleshoot?q=" + ec
        + "</RecommendDoc></Error>"), body);
    assertTrue(body.indexOf("</HostId>") < body.indexOf("<EC>"), body);
  }

  private static void assertNoEc(RawHttp.Response response) {
    assertNull(response.header("x-oss-ec"), response.text());
    assertFalse(response.text().contains("<EC>"), response.text());
    assertFalse(response.text().contains("<RecommendDoc>"), response.text());
  }

  private static void assertCode(int status, String code, RawHttp.Response response) {
    assertEquals(status, response.status(), response.text());
    assertTrue(response.text().contains("<Code>" + code + "</Code>"), response.text());
  }

  private static SignedRequests signedBy(Credentials signer) {
    return new SignedRequests(oss.ossPort(), oss.cloud.region(), signer, oss.clock);
  }

  private static RawHttp.Response put(Credentials signer, String key) throws Exception {
    return signedBy(signer).send("PUT", BUCKET, key, Map.of(), ONE_BYTE);
  }

  /** A PUT of one byte at {@link #KEY} with exactly {@code headers}. */
  private static RawHttp.Response putWith(Map<String, String> headers) throws Exception {
    return RawHttp.send(oss.ossPort(), "PUT", SignedRequests.target(BUCKET, KEY, Map.of()), headers, ONE_BYTE);
  }

  /** A PUT of {@link #KEY} signed by {@code signer} in the Authorization header. */
  private static RawHttp.Response putSignedWith(OssRequestSigner signer, Credentials by) throws Exception {
    return putWith(signer.sign(SignableRequest.builder("PUT", SignableRequest.ossPath(BUCKET, KEY)).build(), by)
        .headers());
  }

  /** A GET of {@link #KEY} through a URL that {@code signer} signed for {@code seconds}. */
  private static RawHttp.Response getSignedUrl(OssRequestSigner signer, Credentials by, long seconds)
      throws Exception {
    SignableRequest request = SignableRequest.builder("GET", SignableRequest.ossPath(BUCKET, KEY)).build();
    return getWithQuery(signer.presign(request, by, seconds));
  }

  private static RawHttp.Response getWithQuery(Map<String, String> query) throws Exception {
    return RawHttp.send(oss.ossPort(), "GET",
        SignedRequests.target(BUCKET, KEY, Map.of()) + "?" + QueryString.format(query), Map.of(), new byte[0]);
  }

  private static Credentials withSecret(Credentials temporary, String secret) {
    return Credentials.temporary(temporary.accessKeyId(), secret, temporary.securityToken(), 0);
  }

  @Test
  void aRefusalByPolicyNamesWhosePolicyRefused() throws Exception {
    RawHttp.Response sts = put(credentials, "elsewhere/x.txt");
    assertCode(403, "AccessDenied", sts);
    assertEc("0003-00000301", sts);

    Credentials ramUser = oss.cloud.ramUserAccessKey();
    RawHttp.Response longTermKey = put(ramUser, KEY);
    assertCode(403, "AccessDenied", longTermKey);
    assertEc("0003-00000001", longTermKey);
  }

  @Test
  void refusedKeysAndTokensNameTheirCause() throws Exception {
    Credentials second = oss.assumeRole();
    assertEc("0002-00000902", put(Credentials.of("test-unknown-key", "secret"), KEY));
    assertEc("0002-00000002",
        put(Credentials.temporary("test-unknown-key", "secret", credentials.securityToken(), 0), KEY));
    assertEc("0002-00000004", put(Credentials.temporary(credentials.accessKeyId(),
        credentials.accessKeySecret(), second.securityToken(), 0), KEY));
    assertEc("0002-00000006", put(Credentials.temporary(credentials.accessKeyId(),
        credentials.accessKeySecret(), credentials.securityToken() + "x", 0), KEY));

    RawHttp.Response withoutToken =
        put(Credentials.of(credentials.accessKeyId(), credentials.accessKeySecret()), KEY);
    assertCode(403, "InvalidAccessKeyId", withoutToken);
    assertNoEc(withoutToken);
  }

  @Test
  void anExpiredTokenIsSecurityTokenExpired() throws Exception {
    Credentials shortLived = oss.assumeRole(900);
    oss.clock.setOffset(900_000 + 1000);
    RawHttp.Response expired = put(shortLived, KEY);
    assertCode(403, "SecurityTokenExpired", expired);
    assertEc("0002-00000007", expired);
  }

  @Test
  void eachSignatureVersionHasItsMismatch() throws Exception {
    Credentials wrongSecret = withSecret(credentials, "wrong-secret");
    RawHttp.Response v1 = putSignedWith(new OssSignatureV1(oss.clock), wrongSecret);
    assertCode(403, "SignatureDoesNotMatch", v1);
    assertEc("0002-00000040", v1);
    assertTrue(v1.text().indexOf("</StringToSignBytes>") < v1.text().indexOf("<EC>"), v1.text());

    RawHttp.Response v4 = putSignedWith(new OssSignatureV4(oss.cloud.region(), oss.clock), wrongSecret);
    assertCode(403, "SignatureDoesNotMatch", v4);
    assertEc("0002-00000201", v4);

    assertEc("0002-00000040", getSignedUrl(new OssSignatureV1(oss.clock), wrongSecret, 60));
    assertEc("0002-00000201", getSignedUrl(new OssSignatureV4(oss.cloud.region(), oss.clock), wrongSecret, 60));
  }

  @Test
  void aRequestDatedTooFarFromTheServerClockIsSkewed() throws Exception {
    // The server's clock stands still on a whole second, as request dates are written in whole seconds:
    // each request below is then exactly one second past the 15 minutes allowed, however long it takes.
    long now = oss.clock.currentTimeMillis();
    oss.clock.freezeAt(now - now % 1000 + 1000);
    Clock slow = () -> oss.clock.currentTimeMillis() - 15 * 60_000 - 1000;
    RawHttp.Response v1 = putSignedWith(new OssSignatureV1(slow), credentials);
    assertCode(403, "RequestTimeTooSkewed", v1);
    assertEc("0002-00000504", v1);
    RawHttp.Response v4 = putSignedWith(new OssSignatureV4(oss.cloud.region(), slow), credentials);
    assertCode(403, "RequestTimeTooSkewed", v4);
    assertEc("0002-00000504", v4);

    Clock ahead = () -> oss.clock.currentTimeMillis() + 15 * 60_000 + 1000;
    RawHttp.Response early = getSignedUrl(new OssSignatureV4(oss.cloud.region(), ahead), credentials, 3600);
    assertCode(403, "RequestTimeTooSkewed", early);
    assertEc("0002-00000235", early);
  }

  @Test
  void anUnreadableDateHasItsCodeAndAMissingOneHasNone() throws Exception {
    Map<String, String> headers = signedBy(credentials).headers("PUT", BUCKET, KEY, Map.of());
    headers.put("x-oss-date", "yesterday");
    RawHttp.Response unreadable = putWith(headers);
    assertCode(403, "AccessDenied", unreadable);
    assertEc("0002-00000505", unreadable);

    headers.remove("x-oss-date");
    RawHttp.Response missing = putWith(headers);
    assertCode(403, "AccessDenied", missing);
    assertNoEc(missing);
  }

  @Test
  void anExpiredV1SignedUrlHasItsCodeAndAnExpiredV4OneHasNone() throws Exception {
    RawHttp.Response v1 = getSignedUrl(new OssSignatureV1(oss.clock), credentials, -1);
    assertCode(403, "AccessDenied", v1);
    assertEc("0002-00000069", v1);

    OssSignatureV4 v4Signer = new OssSignatureV4(oss.cloud.region(), oss.clock);
    SignableRequest request = SignableRequest.builder("GET", SignableRequest.ossPath(BUCKET, KEY)).build();
    Map<String, String> query = v4Signer.presign(request, credentials, 1);
    oss.clock.setOffset(2000);
    RawHttp.Response v4 = getWithQuery(query);
    assertCode(403, "AccessDenied", v4);
    assertNoEc(v4);
  }

  @Test
  void bucketsThatDoNotExistOrCannotBeNamedHaveTheirCodes() throws Exception {
    RawHttp.Response missing = signedBy(credentials).send("PUT", "no-such-bucket", KEY, Map.of(), ONE_BYTE);
    assertCode(404, "NoSuchBucket", missing);
    assertEc("0015-00000101", missing);

    RawHttp.Response badName = RawHttp.send(oss.ossPort(), "GET", "/Bad_Bucket/x", Map.of(), new byte[0]);
    assertCode(400, "InvalidBucketName", badName);
    assertEc("0015-00000001", badName);
  }

  @Test
  void aKeyOverTheLengthLimitIsInvalidObjectNameWithItsCode() throws Exception {
    RawHttp.Response tooLong = put(credentials, "uploads/" + "k".repeat(ObjectNames.MAX_KEY_BYTES - 7));
    assertCode(400, "InvalidObjectName", tooLong);
    assertEc("0016-00000002", tooLong);
  }

  @Test
  void userMetadataOverEightKilobytesHasItsCode() throws Exception {
    SignedRequests signer = signedBy(credentials);
    String atLimit = "v".repeat(ObjectAttributes.MAX_USER_METADATA_BYTES - 1);
    Map<String, String> fits = signer.headers("PUT", BUCKET, KEY, Map.of(), Map.of("x-oss-meta-a", atLimit));
    assertEquals(200, putWith(fits).status());

    Map<String, String> over =
        signer.headers("PUT", BUCKET, KEY, Map.of(), Map.of("x-oss-meta-a", atLimit + "v"));
    RawHttp.Response tooLarge = putWith(over);
    assertCode(400, "InvalidArgument", tooLarge);
    assertEc("0011-00000002", tooLarge);
  }

  @Test
  void aMissingObjectIsNoSuchKeyInTheBodyOrInTheHeadersOfAHead() throws Exception {
    SignedRequests signer = signedBy(credentials);
    RawHttp.Response get = signer.send("GET", BUCKET, "uploads/missing.txt", Map.of(), new byte[0]);
    assertCode(404, "NoSuchKey", get);
    assertEc("0026-00000001", get);

    RawHttp.Response head = signer.send("HEAD", BUCKET, "uploads/missing.txt", Map.of(), new byte[0]);
    assertEquals(404, head.status());
    assertEquals(0, head.body().length);
    assertEquals("0026-00000001", head.header("x-oss-ec"));
    String document =
        new String(Base64.getDecoder().decode(head.header("x-oss-err")), StandardCharsets.UTF_8);
    assertTrue(document.contains("<Code>NoSuchKey</Code>"), document);
    assertTrue(document.endsWith("<EC>0026-00000001</EC>"
        + "<RecommendDoc>https://api.aliyun.com/troubleshoot?q=0026-00000001</RecommendDoc></Error>"), document);
  }

  @Test
  void aMissingUploadHasTheCodeOfTheOperationThatLookedForIt() throws Exception {
    SignedRequests signer = signedBy(credentials);
    String unknown = "0".repeat(32);
    RawHttp.Response part = signer.send("PUT", BUCKET, KEY, Map.of("partNumber", "1", "uploadId", unknown),
        ONE_BYTE);
    assertCode(404, "NoSuchUpload", part);
    assertEc("0042-00000104", part);
    RawHttp.Response abort = signer.send("DELETE", BUCKET, KEY, Map.of("uploadId", unknown), new byte[0]);
    assertCode(404, "NoSuchUpload", abort);
    assertEc("0042-00000002", abort);
    RawHttp.Response list = signer.send("GET", BUCKET, KEY, Map.of("uploadId", unknown), new byte[0]);
    assertCode(404, "NoSuchUpload", list);
    assertEc("0042-00000002", list);

    byte[] parts = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"x\"</ETag></Part>"
        .concat("</CompleteMultipartUpload>").getBytes(StandardCharsets.UTF_8);
    RawHttp.Response complete = signer.send("POST", BUCKET, KEY, Map.of("uploadId", unknown), parts);
    assertCode(404, "NoSuchUpload", complete);
    assertNoEc(complete);
  }

  @Test
  void aBrokenPartListIsMalformedXmlWithTheCodeOfCompleteMultipartUpload() throws Exception {
    SignedRequests signer = signedBy(credentials);
    RawHttp.Response initiated = signer.send("POST", BUCKET, KEY, Map.of("uploads", ""), new byte[0]);
    assertEquals(200, initiated.status(), initiated.text());
    String uploadId = initiated.text().replaceAll("(?s).*<UploadId>([^<]+)</UploadId>.*", "$1");

    RawHttp.Response broken = signer.send("POST", BUCKET, KEY, Map.of("uploadId", uploadId),
        "<CompleteMultipartUpload><Part>".getBytes(StandardCharsets.UTF_8));
    assertCode(400, "MalformedXML", broken);
    assertEc("0042-00000205", broken);
  }

  @Test
  void errorsWithoutADocumentedCodeCarryNone() throws Exception {
    RawHttp.Response unsigned = putWith(Map.of());
    assertCode(403, "AccessDenied", unsigned);
    assertNoEc(unsigned);

    RawHttp.Response digest = putWith(signedBy(credentials).headers(
        "PUT", BUCKET, KEY, Map.of(), Map.of("content-md5", OssBytes.contentMd5(new byte[] {2}))));
    assertCode(400, "InvalidDigest", digest);
    assertNoEc(digest);
  }
}
