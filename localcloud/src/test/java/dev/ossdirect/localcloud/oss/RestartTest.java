package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ListPartsRequest;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.PartSummary;
import com.aliyun.oss.model.UploadPartRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Completed objects, with their metadata, and multipart uploads in progress survive a restart of the local
 * cloud on the same data folder; the in-process read API sees the same objects.
 */
class RestartTest {

  @TempDir Path dataDir;

  @Test
  void objectsAndUploadsInProgressSurviveARestart() throws Exception {
    String simpleKey = "uploads/kept.jpg";
    String multipartKey = "uploads/kept-in-parts.bin";
    String pendingKey = "uploads/pending.bin";
    byte[] simple = OssBytes.random(150_000, 11);
    byte[] firstPart = OssBytes.random(200 * 1024, 12);
    byte[] lastPart = OssBytes.random(50_000, 13);
    ObjectMetadata stored;
    String multipartEtag;
    String pendingUpload;
    PartETag pendingPart;

    try (OssTestCloud first = OssTestCloud.start(dataDir)) {
      OSS client = first.client(SignVersion.V4, first.assumeRole());
      ObjectMetadata metadata = new ObjectMetadata();
      metadata.setContentType("image/jpeg");
      metadata.addUserMetadata("album", "holidays");
      client.putObject(BUCKET, simpleKey, new ByteArrayInputStream(simple), metadata);
      stored = client.getObjectMetadata(BUCKET, simpleKey);

      String uploadId = client.initiateMultipartUpload(
          new InitiateMultipartUploadRequest(BUCKET, multipartKey)).getUploadId();
      List<PartETag> parts = new ArrayList<>();
      parts.add(uploadPart(client, multipartKey, uploadId, 1, firstPart));
      parts.add(uploadPart(client, multipartKey, uploadId, 2, lastPart));
      multipartEtag = client.completeMultipartUpload(
          new CompleteMultipartUploadRequest(BUCKET, multipartKey, uploadId, parts)).getETag();

      pendingUpload = client.initiateMultipartUpload(
          new InitiateMultipartUploadRequest(BUCKET, pendingKey)).getUploadId();
      pendingPart = uploadPart(client, pendingKey, pendingUpload, 1, firstPart);
      client.shutdown();
    }

    try (OssTestCloud second = OssTestCloud.start(dataDir)) {
      OSS client = second.client(SignVersion.V4, second.assumeRole());
      try (OSSObject object = client.getObject(BUCKET, simpleKey)) {
        assertArrayEquals(simple, object.getObjectContent().readAllBytes());
        assertEquals("image/jpeg", object.getObjectMetadata().getContentType());
        assertEquals("holidays", object.getObjectMetadata().getUserMetadata().get("album"));
        assertEquals(stored.getETag(), object.getObjectMetadata().getETag());
        assertEquals(stored.getLastModified(), object.getObjectMetadata().getLastModified());
      }
      try (OSSObject object = client.getObject(BUCKET, multipartKey)) {
        byte[] expected = new byte[firstPart.length + lastPart.length];
        System.arraycopy(firstPart, 0, expected, 0, firstPart.length);
        System.arraycopy(lastPart, 0, expected, firstPart.length, lastPart.length);
        assertArrayEquals(expected, object.getObjectContent().readAllBytes());
        assertEquals(multipartEtag, object.getObjectMetadata().getETag());
      }

      List<PartSummary> pending =
          client.listParts(new ListPartsRequest(BUCKET, pendingKey, pendingUpload)).getParts();
      assertEquals(1, pending.size());
      assertEquals(pendingPart.getETag(), pending.get(0).getETag());
      client.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, pendingKey, pendingUpload,
          new ArrayList<>(List.of(pendingPart))));
      assertTrue(client.doesObjectExist(BUCKET, pendingKey));
      client.shutdown();

      try (StoredObject object = second.cloud.objectStore().open(BUCKET, simpleKey).orElseThrow();
          InputStream content = object.content()) {
        assertEquals(simple.length, object.metadata().size());
        assertEquals("holidays", object.metadata().userMetadata().get("album"));
        long lastModifiedSeconds = object.metadata().lastModifiedMillis() / 1000;
        assertEquals(stored.getLastModified(), new Date(lastModifiedSeconds * 1000));
        assertArrayEquals(simple, content.readAllBytes());
      }
      assertTrue(second.cloud.objectStore().open(BUCKET, "uploads/never-stored").isEmpty());
      assertTrue(second.cloud.objectStore().open("no-such-bucket", simpleKey).isEmpty());
    }
  }

  private static PartETag uploadPart(OSS client, String key, String uploadId, int partNumber, byte[] bytes) {
    return client.uploadPart(new UploadPartRequest(BUCKET, key, uploadId, partNumber,
        new ByteArrayInputStream(bytes), bytes.length)).getPartETag();
  }
}
