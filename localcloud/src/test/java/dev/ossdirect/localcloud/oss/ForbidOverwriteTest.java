package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.ObjectsWithOfficialSdkTest.failure;
import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PutObjectRequest;
import com.aliyun.oss.model.UploadPartRequest;
import dev.ossdirect.signing.Credentials;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-oss-forbid-overwrite: true}, as OSS documents it: a PutObject or CompleteMultipartUpload that
 * would replace an object is {@code FileAlreadyExists} (409) and the object stays as it was; one that
 * creates a new object succeeds; {@code false} replaces as by default; other values are refused.
 */
class ForbidOverwriteTest {

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static OSS client;
  private static SignedRequests signed;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    Credentials credentials = oss.assumeRole();
    client = oss.client(SignVersion.V4, credentials);
    signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), credentials, oss.clock);
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    oss.close();
  }

  private static ObjectMetadata forbidOverwrite(String value) {
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setHeader(ForbidOverwrite.HEADER, value);
    return metadata;
  }

  private static void put(String key, byte[] bytes, String forbidOverwrite) {
    client.putObject(new PutObjectRequest(BUCKET, key, new ByteArrayInputStream(bytes), forbidOverwrite(forbidOverwrite)));
  }

  private static byte[] stored(String key) throws Exception {
    try (StoredObject object = oss.cloud.objectStore().open(BUCKET, key).orElseThrow();
        InputStream content = object.content()) {
      return content.readAllBytes();
    }
  }

  private static void assertFileAlreadyExists(OSSException e) {
    assertEquals("FileAlreadyExists", e.getErrorCode(), e.getErrorMessage());
  }

  @Test
  void aPutObjectCreatesANewObjectButDoesNotReplaceOne() throws Exception {
    String key = "uploads/forbid/put.bin";
    byte[] first = OssBytes.random(3000, 1);
    put(key, first, "true");
    assertArrayEquals(first, stored(key));
    assertFileAlreadyExists(failure(() -> {
      put(key, OssBytes.random(3000, 2), "true");
      return null;
    }));
    assertArrayEquals(first, stored(key));
    assertEquals(List.of(), DataFolder.temporaryFiles(dataDir));
  }

  @Test
  void falseOrNoHeaderReplacesAsByDefault() throws Exception {
    String key = "uploads/forbid/replace.bin";
    put(key, OssBytes.random(100, 3), "false");
    byte[] second = OssBytes.random(100, 4);
    put(key, second, "false");
    assertArrayEquals(second, stored(key));
    byte[] third = OssBytes.random(100, 5);
    client.putObject(BUCKET, key, new ByteArrayInputStream(third));
    assertArrayEquals(third, stored(key));
  }

  @Test
  void aValueOtherThanTrueOrFalseIsInvalidArgument() throws Exception {
    String key = "uploads/forbid/invalid.bin";
    RawHttp.Response refused = RawHttp.send(oss.ossPort(), "PUT", SignedRequests.target(BUCKET, key, Map.of()),
        signed.headers("PUT", BUCKET, key, Map.of(), Map.of(ForbidOverwrite.HEADER, "yes")), new byte[] {1});
    assertEquals(400, refused.status(), refused.text());
    assertTrue(refused.text().contains("<Code>InvalidArgument</Code>"), refused.text());
    assertTrue(oss.cloud.objectStore().open(BUCKET, key).isEmpty());
  }

  @Test
  void aRefusedPutIsRefusedBeforeItsBodyIsStored() throws Exception {
    String key = "uploads/forbid/early.bin";
    put(key, new byte[] {1}, "true");
    // A body larger than the maximum object size would be EntityTooLarge if it were read at all.
    long tooLarge = oss.cloud.objectStore().maxObjectSize() + 1;
    RawHttp.Response refused;
    try (var socket = RawHttp.startRequest(oss.ossPort(), "PUT", SignedRequests.target(BUCKET, key, Map.of()),
        signed.headers("PUT", BUCKET, key, Map.of(), Map.of(ForbidOverwrite.HEADER, "true",
            "Expect", "100-continue")), tooLarge)) {
      refused = RawHttp.readResponse(socket, false);
    }
    assertEquals(409, refused.status(), refused.text());
    assertTrue(refused.text().contains("<Code>FileAlreadyExists</Code>"), refused.text());
    assertEquals(List.of(), DataFolder.temporaryFiles(dataDir));
  }

  @Test
  void ofConcurrentPutsToANewKeyExactlyOneSucceeds() throws Exception {
    String key = "uploads/forbid/race.bin";
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        byte[] body = OssBytes.random(200_000, 100 + i);
        Callable<Integer> write = () -> {
          start.await();
          return RawHttp.send(oss.ossPort(), "PUT", SignedRequests.target(BUCKET, key, Map.of()),
              signed.headers("PUT", BUCKET, key, Map.of(), Map.of(ForbidOverwrite.HEADER, "true")), body).status();
        };
        statuses.add(pool.submit(write));
      }
      start.countDown();
      List<Integer> answered = new ArrayList<>();
      for (Future<Integer> status : statuses) {
        answered.add(status.get());
      }
      assertEquals(1, answered.stream().filter(status -> status == 200).count(), answered.toString());
      assertEquals(writers - 1, answered.stream().filter(status -> status == 409).count(), answered.toString());
    } finally {
      pool.shutdownNow();
    }
    assertEquals(List.of(), DataFolder.temporaryFiles(dataDir));
  }

  @Test
  void aMultipartUploadDoesNotReplaceAnObjectThatAppearedMeanwhile() throws Exception {
    String key = "uploads/forbid/multipart.bin";
    String uploadId = client.initiateMultipartUpload(
        new InitiateMultipartUploadRequest(BUCKET, key, forbidOverwrite("true"))).getUploadId();
    byte[] part = OssBytes.random(1000, 9);
    PartETag etag = client.uploadPart(new UploadPartRequest(BUCKET, key, uploadId, 1,
        new ByteArrayInputStream(part), part.length)).getPartETag();
    byte[] meanwhile = OssBytes.random(500, 10);
    put(key, meanwhile, "false");

    CompleteMultipartUploadRequest guarded =
        new CompleteMultipartUploadRequest(BUCKET, key, uploadId, new ArrayList<>(List.of(etag)));
    guarded.addHeader(ForbidOverwrite.HEADER, "true");
    assertFileAlreadyExists(failure(() -> client.completeMultipartUpload(guarded)));
    assertArrayEquals(meanwhile, stored(key));
    // The upload is still there, whole: completed without the header, it replaces the object.
    client.completeMultipartUpload(
        new CompleteMultipartUploadRequest(BUCKET, key, uploadId, new ArrayList<>(List.of(etag))));
    assertArrayEquals(part, stored(key));
  }

  @Test
  void aMultipartUploadOfAnExistingObjectIsNotStarted() throws Exception {
    String key = "uploads/forbid/existing-multipart.bin";
    put(key, new byte[] {1}, "true");
    assertFileAlreadyExists(failure(() -> client.initiateMultipartUpload(
        new InitiateMultipartUploadRequest(BUCKET, key, forbidOverwrite("true")))));
  }
}
