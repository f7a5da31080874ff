package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.ObjectsWithOfficialSdkTest.failure;
import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.ClientException;
import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.AbortMultipartUploadRequest;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import dev.ossdirect.signing.Credentials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OSS's multipart rules on the local OSS: through Alibaba's SDK where it lets a client break them, and
 * with requests signed by the project's library where the SDK checks them itself.
 */
class MultipartRulesTest {

  private static final int PART = 100 * 1024;

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static Credentials credentials;
  private static OSS client;
  private static SignedRequests raw;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    credentials = oss.assumeRole();
    client = oss.client(SignVersion.V4, credentials);
    raw = new SignedRequests(oss.ossPort(), oss.cloud.region(), credentials, oss.clock);
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    oss.close();
  }

  private static String initiate(String key) {
    return client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
  }

  private static PartETag upload(String key, String uploadId, int partNumber, byte[] bytes) {
    return client.uploadPart(new UploadPartRequest(BUCKET, key, uploadId, partNumber,
        new ByteArrayInputStream(bytes), bytes.length)).getPartETag();
  }

  /** The SDK sorts the list it is given, so it gets a copy it may change. */
  private static CompleteMultipartUploadRequest complete(String key, String uploadId, List<PartETag> parts) {
    return new CompleteMultipartUploadRequest(BUCKET, key, uploadId, new ArrayList<>(parts));
  }

  private static String completeFailure(String key, String uploadId, List<PartETag> parts) {
    return failure(() -> client.completeMultipartUpload(complete(key, uploadId, parts))).getErrorCode();
  }

  @Test
  void aLostCompleteAnswerStillCompletesTheUploadAndTheRetryIsToldNoSuchUpload() throws Exception {
    String key = "uploads/lost-answer.bin";
    byte[] bytes = OssBytes.random(PART + 7, 9);
    String uploadId = initiate(key);
    PartETag part = upload(key, uploadId, 1, bytes);
    oss.cloud.ossLostAnswers().loseNext("CompleteMultipartUpload");

    assertThrows(ClientException.class, () -> client.completeMultipartUpload(complete(key, uploadId, List.of(part))));
    assertEquals(0, oss.cloud.ossLostAnswers().pending("CompleteMultipartUpload"));
    try (StoredObject stored = oss.cloud.objectStore().open(BUCKET, key).orElseThrow()) {
      assertArrayEquals(bytes, stored.content().readAllBytes());
    }
    assertEquals("NoSuchUpload", completeFailure(key, uploadId, List.of(part)));
    // Only the one answer was lost.
    String next = initiate("uploads/after-lost-answer.bin");
    PartETag nextPart = upload("uploads/after-lost-answer.bin", next, 1, bytes);
    client.completeMultipartUpload(complete("uploads/after-lost-answer.bin", next, List.of(nextPart)));
  }

  @Test
  void everyPartButTheLastNeedsOneHundredKilobytes() throws Exception {
    String key = "uploads/small-parts.bin";
    String uploadId = initiate(key);
    PartETag first = upload(key, uploadId, 1, OssBytes.random(PART - 1, 1));
    PartETag second = upload(key, uploadId, 2, OssBytes.random(10, 2));
    assertEquals("EntityTooSmall", completeFailure(key, uploadId, List.of(first, second)));

    PartETag bigEnough = upload(key, uploadId, 1, OssBytes.random(PART, 3));
    client.completeMultipartUpload(complete(key, uploadId, List.of(bigEnough, second)));
    assertEquals(PART + 10, client.getObjectMetadata(BUCKET, key).getContentLength());
  }

  @Test
  void partsMustBeListedInAscendingOrder() throws Exception {
    String key = "uploads/order.bin";
    String uploadId = initiate(key);
    PartETag first = upload(key, uploadId, 1, OssBytes.random(PART, 4));
    PartETag second = upload(key, uploadId, 2, OssBytes.random(PART, 5));
    // The SDK sorts the parts, so a repeated part number is how it can send them out of order.
    assertEquals("InvalidPartOrder", completeFailure(key, uploadId, List.of(first, first, second)));

    String reversed =
        "<CompleteMultipartUpload>" + xmlPart(second) + xmlPart(first) + "</CompleteMultipartUpload>";
    RawHttp.Response response = raw.send("POST", BUCKET, key, Map.of("uploadId", uploadId),
        reversed.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, response.status());
    assertTrue(response.text().contains("<Code>InvalidPartOrder</Code>"), response.text());
  }

  @Test
  void everyListedPartMustExistWithItsEntityTag() throws Exception {
    String key = "uploads/wrong-etag.bin";
    String uploadId = initiate(key);
    PartETag first = upload(key, uploadId, 1, OssBytes.random(PART, 6));
    assertEquals("InvalidPart",
        completeFailure(key, uploadId, List.of(new PartETag(1, OssBytes.etag(new byte[] {1})))));
    PartETag neverUploaded = new PartETag(2, first.getETag());
    assertEquals("InvalidPart", completeFailure(key, uploadId, List.of(first, neverUploaded)));
  }

  @Test
  void anUnknownAbortedOrCompletedUploadIsNoSuchUpload() throws Exception {
    String key = "uploads/gone.bin";
    String unknown = "0123456789ABCDEF0123456789ABCDEF";
    assertEquals("NoSuchUpload", failure(() -> upload(key, unknown, 1, new byte[10])).getErrorCode());
    assertEquals("NoSuchUpload",
        failure(() -> client.listParts(new ListPartsRequest(BUCKET, key, unknown))).getErrorCode());
    assertEquals("NoSuchUpload", failure(() -> upload(key, "../../../etc", 1, new byte[10])).getErrorCode());

    String aborted = initiate(key);
    upload(key, aborted, 1, new byte[10]);
    client.abortMultipartUpload(new AbortMultipartUploadRequest(BUCKET, key, aborted));
    assertEquals("NoSuchUpload", failure(() -> upload(key, aborted, 2, new byte[10])).getErrorCode());
    assertEquals("NoSuchUpload", failure(() -> client.abortMultipartUpload(
        new AbortMultipartUploadRequest(BUCKET, key, aborted))).getErrorCode());

    String completed = initiate(key);
    PartETag only = upload(key, completed, 1, new byte[10]);
    client.completeMultipartUpload(complete(key, completed, List.of(only)));
    assertEquals("NoSuchUpload", completeFailure(key, completed, List.of(only)));

    String otherKey = initiate("uploads/other.bin");
    assertEquals("NoSuchUpload", failure(() -> upload(key, otherKey, 1, new byte[10])).getErrorCode());
  }

  @Test
  void partNumbersRunFromOneToTenThousand() throws Exception {
    String key = "uploads/numbers.bin";
    String uploadId = initiate(key);
    for (String partNumber : new String[] {"0", "10001", "-1", "x"}) {
      RawHttp.Response response = raw.send("PUT", BUCKET, key,
          Map.of("partNumber", partNumber, "uploadId", uploadId), new byte[10]);
      assertEquals(400, response.status(), partNumber);
      assertTrue(response.text().contains("<Code>InvalidArgument</Code>"), response.text());
    }
    RawHttp.Response last =
        raw.send("PUT", BUCKET, key, Map.of("partNumber", "10000", "uploadId", uploadId), new byte[10]);
    assertEquals(200, last.status(), last.text());
  }

  private static String xmlPart(PartETag part) {
    return "<Part><PartNumber>" + part.getPartNumber() + "</PartNumber>"
        + "<ETag>\"" + part.getETag() + "\"</ETag></Part>";
  }
}
