package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadResult;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PartListing;
import com.aliyun.oss.model.PartSummary;
import com.aliyun.oss.model.PutObjectResult;
import com.aliyun.oss.model.UploadPartRequest;
import dev.ossdirect.signing.Credentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Alibaba's OSS SDK, with STS credentials from the local STS, uploads, reads and deletes objects on the
 * local OSS, signing with V1 and with V4. The SDK checks the CRC-64 of every body it sends and receives
 * against {@code x-oss-hash-crc64ecma}, so each successful call also proves the CRC. Each refusal is read
 * by the SDK too, its fine-grained code ({@code OSSException.getEC()}) included.
 */
class ObjectsWithOfficialSdkTest {

  private static final int MIB = 1024 * 1024;

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

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void putsReadsAndDeletesAnObjectInsideTheAllowedPrefix(SignVersion version) throws Exception {
    OSS client = oss.client(version, credentials);
    String key = "uploads/" + version + "/photo of 照片+1.jpg";
    byte[] bytes = OssBytes.random(300_000, 1);
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentType("image/jpeg");
    metadata.addUserMetadata("owner", "alice");

    PutObjectResult put = client.putObject(BUCKET, key, new ByteArrayInputStream(bytes), metadata);
    assertEquals(OssBytes.etag(bytes), put.getETag());

    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(bytes, object.getObjectContent().readAllBytes());
      assertEquals("image/jpeg", object.getObjectMetadata().getContentType());
      assertEquals("alice", object.getObjectMetadata().getUserMetadata().get("owner"));
      assertEquals(OssBytes.etag(bytes), object.getObjectMetadata().getETag());
      assertEquals(bytes.length, object.getObjectMetadata().getContentLength());
    }
    ObjectMetadata head = client.getObjectMetadata(BUCKET, key);
    assertEquals(bytes.length, head.getContentLength());
    assertEquals(OssBytes.contentMd5(bytes), head.getContentMD5());
    assertNotNull(head.getLastModified());
    try (OSSObject range = client.getObject(new GetObjectRequest(BUCKET, key).withRange(1000, 1999))) {
      byte[] expected = Arrays.copyOfRange(bytes, 1000, 2000);
      assertArrayEquals(expected, range.getObjectContent().readAllBytes());
    }

    client.deleteObject(BUCKET, key);
    OSSException getMissing = failure(() -> client.getObject(BUCKET, key));
    assertEquals("NoSuchKey", getMissing.getErrorCode());
    assertEquals("0026-00000001", getMissing.getEC());
    OSSException headMissing = failure(() -> client.getObjectMetadata(BUCKET, key));
    assertEquals("NoSuchKey", headMissing.getErrorCode());
    assertEquals("0026-00000001", headMissing.getEC());
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void uploadsTwentyFiveMebibytesInParallelPartsAndReadsThemBack(SignVersion version) throws Exception {
    OSS client = oss.client(version, credentials);
    String key = "uploads/" + version + "/video.mp4";
    int partSize = 5 * MIB;
    byte[] bytes = OssBytes.random(25 * MIB, 2);
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentType("video/mp4");
    String uploadId = client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key, metadata))
        .getUploadId();

    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Future<PartETag>> uploads = new ArrayList<>();
    for (int part = 0; part < 5; part++) {
      int partNumber = part + 1;
      InputStream partBytes = new ByteArrayInputStream(bytes, part * partSize, partSize);
      uploads.add(pool.submit(() -> client.uploadPart(
          new UploadPartRequest(BUCKET, key, uploadId, partNumber, partBytes, partSize)).getPartETag()));
    }
    List<PartETag> parts = new ArrayList<>();
    MessageDigest partMd5s = MessageDigest.getInstance("MD5");
    for (int part = 0; part < 5; part++) {
      parts.add(uploads.get(part).get());
      partMd5s.update(OssBytes.md5(Arrays.copyOfRange(bytes, part * partSize, (part + 1) * partSize)));
    }
    pool.shutdown();

    PartListing listing = client.listParts(new ListPartsRequest(BUCKET, key, uploadId));
    assertEquals(5, listing.getParts().size());
    for (PartSummary summary : listing.getParts()) {
      assertEquals(partSize, summary.getSize());
      assertEquals(parts.get(summary.getPartNumber() - 1).getETag(), summary.getETag());
    }

    CompleteMultipartUploadResult completed =
        client.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, key, uploadId, parts));
    assertEquals(HexFormat.of().withUpperCase().formatHex(partMd5s.digest()) + "-5", completed.getETag());

    try (OSSObject object = client.getObject(BUCKET, key)) {
      ByteArrayOutputStream read = new ByteArrayOutputStream(bytes.length);
      object.getObjectContent().transferTo(read);
      assertArrayEquals(bytes, read.toByteArray());
      assertEquals("video/mp4", object.getObjectMetadata().getContentType());
      assertEquals("Multipart", object.getObjectMetadata().getObjectType());
    }
    client.shutdown();
  }

  @Test
  void concurrentPutsOfOneKeyLeaveOneWholeObject() throws Exception {
    OSS client = oss.client(SignVersion.V4, credentials);
    String key = "uploads/contended.bin";
    List<byte[]> bodies = new ArrayList<>();
    List<String> etags = new ArrayList<>();
    for (int writer = 0; writer < 6; writer++) {
      bodies.add(OssBytes.random(MIB, 100 + writer));
      etags.add(OssBytes.etag(bodies.get(writer)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
    List<Future<PutObjectResult>> puts = new ArrayList<>();
    for (byte[] body : bodies) {
      puts.add(pool.submit(() -> client.putObject(BUCKET, key, new ByteArrayInputStream(body))));
    }
    for (Future<PutObjectResult> put : puts) {
      put.get();
    }
    pool.shutdown();
    try (OSSObject object = client.getObject(BUCKET, key)) {
      byte[] read = object.getObjectContent().readAllBytes();
      int winner = etags.indexOf(object.getObjectMetadata().getETag());
      assertTrue(winner >= 0, "the object is not one of the bodies written");
      assertArrayEquals(bodies.get(winner), read);
    }
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void putOutsideTheAllowedPrefixIsAccessDenied(SignVersion version) throws Exception {
    OSS client = oss.client(version, credentials);
    String key = "elsewhere/" + version + ".txt";
    OSSException e = failure(() -> client.putObject(BUCKET, key, new ByteArrayInputStream(new byte[3])));
    assertEquals("AccessDenied", e.getErrorCode());
    assertEquals("Access denied by authorizer's policy.", e.getErrorMessage());
    assertEquals("0003-00000301", e.getEC());
    assertTrue(oss.cloud.objectStore().open(BUCKET, key).isEmpty());
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void anExpiredTokenIsSecurityTokenExpired(SignVersion version) throws Exception {
    Credentials shortLived = oss.assumeRole(900);
    oss.clock.setOffset(901_000);
    OSS client = oss.client(version, shortLived);
    OSSException e = failure(() -> put(client, "uploads/late.txt"));
    assertEquals("SecurityTokenExpired", e.getErrorCode());
    assertEquals("0002-00000007", e.getEC());
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void aSignedUrlWorksUntilItExpires(SignVersion version) throws Exception {
    OSS client = oss.client(version, credentials);
    String key = "uploads/" + version + "/shared report.pdf";
    byte[] bytes = OssBytes.random(5000, 3);
    client.putObject(BUCKET, key, new ByteArrayInputStream(bytes));
    URL url = client.generatePresignedUrl(BUCKET, key, new Date(oss.clock.currentTimeMillis() + 60_000));
    HttpClient http = HttpClient.newHttpClient();

    HttpResponse<byte[]> fresh =
        http.send(HttpRequest.newBuilder(url.toURI()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, fresh.statusCode());
    assertArrayEquals(bytes, fresh.body());

    URI otherKey = URI.create(url.toString().replace("shared%20report", "other"));
    HttpResponse<String> tampered =
        http.send(HttpRequest.newBuilder(otherKey).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, tampered.statusCode());
    assertTrue(tampered.body().contains("<Code>SignatureDoesNotMatch</Code>"), tampered.body());

    oss.clock.setOffset(120_000);
    HttpResponse<String> expired =
        http.send(HttpRequest.newBuilder(url.toURI()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, expired.statusCode());
    String body = expired.body();
    assertTrue(body.contains("<Code>AccessDenied</Code><Message>Request has expired.</Message>"), body);
    assertTrue(body.contains("<Expires>") && body.contains("<ServerTime>"), body);
    assertNotNull(expired.headers().firstValue("x-oss-request-id").orElse(null));
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void aWrongSecretIsSignatureDoesNotMatchShowingWhatTheServerSigned(SignVersion version) throws Exception {
    Credentials wrong = Credentials.temporary(credentials.accessKeyId(), "not-the-secret",
        credentials.securityToken(), credentials.expirationMillis());
    OSS client = oss.client(version, wrong);
    OSSException e = failure(() -> put(client, "uploads/x.txt"));
    assertEquals("SignatureDoesNotMatch", e.getErrorCode());
    assertEquals(version == SignVersion.V1 ? "0002-00000040" : "0002-00000201", e.getEC());
    String body = e.getRawResponseError();
    if (version == SignVersion.V1) {
      assertTrue(e.getErrorFields().get("StringToSign").startsWith("PUT\n"), body);
    } else {
      String canonicalRequest = e.getErrorFields().get("CanonicalRequest");
      assertTrue(canonicalRequest.startsWith("PUT\n/" + BUCKET + "/uploads/x.txt\n"), body);
      assertTrue(e.getErrorFields().get("StringToSign").startsWith("OSS4-HMAC-SHA256\n"), body);
    }
    assertTrue(body.contains("x-oss-security-token:[security token]"), body);
    assertFalse(body.contains(credentials.securityToken()));
    assertFalse(body.contains(credentials.accessKeySecret()));
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void aWrongContentMd5IsInvalidDigestAndStoresNothing(SignVersion version) throws Exception {
    OSS client = oss.client(version, credentials);
    String key = "uploads/" + version + "/digest.txt";
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentMD5(OssBytes.contentMd5("something else".getBytes()));
    OSSException e =
        failure(() -> client.putObject(BUCKET, key, new ByteArrayInputStream(new byte[100]), metadata));
    assertEquals("InvalidDigest", e.getErrorCode());
    assertNull(e.getEC());
    assertFalse(client.doesObjectExist(BUCKET, key));
    client.shutdown();
  }

  @ParameterizedTest(name = "signature {0}")
  @EnumSource(value = SignVersion.class, names = {"V1", "V4"})
  void credentialAndClockProblemsGetTheirCodes(SignVersion version) throws Exception {
    Credentials second = oss.assumeRole();
    assertFailure("InvalidAccessKeyId", "0002-00000902",
        putFailure(version, Credentials.of("test-unknown-key", "secret")));
    assertFailure("InvalidAccessKeyId", null,
        putFailure(version, Credentials.of(credentials.accessKeyId(), credentials.accessKeySecret())));
    assertFailure("AccessKeyIdAndSecurityTokenNotMatch", "0002-00000004", putFailure(version, Credentials.temporary(
        credentials.accessKeyId(), credentials.accessKeySecret(), second.securityToken(), 0)));
    assertFailure("InvalidSecurityToken", "0002-00000006", putFailure(version, Credentials.temporary(
        credentials.accessKeyId(), credentials.accessKeySecret(), credentials.securityToken() + "x", 0)));

    OSS client = oss.client(version, credentials);
    oss.clock.setOffset(16 * 60_000);
    OSSException skewed = failure(() -> put(client, "uploads/x"));
    assertFailure("RequestTimeTooSkewed", "0002-00000504", skewed);
    assertEquals("900000", skewed.getErrorFields().get("MaxAllowedSkewMilliseconds"));
    oss.clock.setOffset(0);
    assertFailure("NoSuchBucket", "0015-00000101",
        failure(() -> client.putObject("no-such-bucket", "uploads/x", new ByteArrayInputStream(new byte[1]))));
    client.shutdown();
  }

  private static OSSException putFailure(SignVersion version, Credentials credentials) {
    OSS client = oss.client(version, credentials);
    try {
      return failure(() -> put(client, "uploads/x"));
    } finally {
      client.shutdown();
    }
  }

  /** Asserts the error code and the fine-grained code ({@code null}: none) the SDK read from {@code e}. */
  private static void assertFailure(String code, String ec, OSSException e) {
    assertEquals(code, e.getErrorCode(), e.getRawResponseError());
    assertEquals(ec, e.getEC(), e.getRawResponseError());
  }

  /** Puts one byte at {@code key}. */
  private static PutObjectResult put(OSS client, String key) {
    return client.putObject(BUCKET, key, new ByteArrayInputStream(new byte[1]));
  }

  /** The OSS error that {@code call} fails with. */
  static OSSException failure(Supplier<?> call) {
    return assertThrows(OSSException.class, call::get);
  }
}
