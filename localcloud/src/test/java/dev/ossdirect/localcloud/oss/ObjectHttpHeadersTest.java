package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.ObjectMetadata;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.ResponseHeaderOverrides;
import com.aliyun.oss.model.UploadPartRequest;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standard HTTP headers an upload gives (Cache-Control, Content-Disposition, Content-Encoding,
 * Expires) are kept with the object and sent back with it, as OSS does, rather than dropped: a
 * {@code Content-Disposition: attachment} that the download lost would let a browser show what it was
 * meant to save.
 */
class ObjectHttpHeadersTest {

  private static final Date EXPIRES = new Date(1_900_000_000_000L);

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static OSS client;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    client = oss.client(SignVersion.V4, oss.assumeRole());
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    oss.close();
  }

  private static ObjectMetadata withHeaders() {
    ObjectMetadata metadata = new ObjectMetadata();
    metadata.setContentType("text/html");
    metadata.setCacheControl("no-store");
    metadata.setContentDisposition("attachment; filename=\"page.html\"");
    metadata.setContentEncoding("identity");
    metadata.setExpirationTime(EXPIRES);
    return metadata;
  }

  private static void assertKept(ObjectMetadata metadata) throws Exception {
    assertEquals("no-store", metadata.getCacheControl());
    assertEquals("attachment; filename=\"page.html\"", metadata.getContentDisposition());
    assertEquals("identity", metadata.getContentEncoding());
    assertEquals(EXPIRES.getTime(), metadata.getExpirationTime().getTime());
  }

  @Test
  void aPutObjectKeepsThemForGetAndHead() throws Exception {
    String key = "uploads/headers/page.html";
    byte[] bytes = "<p>hello</p>".getBytes(StandardCharsets.UTF_8);
    client.putObject(BUCKET, key, new ByteArrayInputStream(bytes), withHeaders());
    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(bytes, object.getObjectContent().readAllBytes());
      assertKept(object.getObjectMetadata());
    }
    assertKept(client.getObjectMetadata(BUCKET, key));
    // A signed download link's response-* parameters still win over what was stored.
    GetObjectRequest inline = new GetObjectRequest(BUCKET, key);
    inline.setResponseHeaders(new ResponseHeaderOverrides());
    inline.getResponseHeaders().setContentDisposition("inline");
    try (OSSObject object = client.getObject(inline)) {
      assertEquals("inline", object.getObjectMetadata().getContentDisposition());
    }
  }

  @Test
  void aMultipartUploadKeepsThoseOfItsInitiation() throws Exception {
    String key = "uploads/headers/multipart.html";
    String uploadId = client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key, withHeaders()))
        .getUploadId();
    byte[] part = OssBytes.random(1000, 1);
    PartETag etag = client.uploadPart(new UploadPartRequest(BUCKET, key, uploadId, 1,
        new ByteArrayInputStream(part), part.length)).getPartETag();
    client.completeMultipartUpload(
        new CompleteMultipartUploadRequest(BUCKET, key, uploadId, new ArrayList<>(List.of(etag))));
    assertKept(client.getObjectMetadata(BUCKET, key));
  }

  @Test
  void anObjectUploadedWithoutThemHasNone() throws Exception {
    String key = "uploads/headers/plain.bin";
    client.putObject(BUCKET, key, new ByteArrayInputStream(new byte[] {1}));
    ObjectMetadata metadata = client.getObjectMetadata(BUCKET, key);
    assertNull(metadata.getCacheControl());
    assertNull(metadata.getContentDisposition());
    assertNull(metadata.getContentEncoding());
  }

  @Test
  void anObjectStoredBeforeTheyWereKeptStillReads(@TempDir Path folder) throws Exception {
    byte[] body = {1, 2, 3};
    byte[] json = ("{\"key\":\"uploads/old.bin\",\"size\":3,\"etag\":\"5289DF737DF57326FCDD22597AFB1FAC\","
        + "\"crc64\":\"0\",\"contentType\":\"image/png\",\"lastModifiedMillis\":1,\"userMetadata\":{}}")
        .getBytes(StandardCharsets.UTF_8);
    Path file = folder.resolve("old.object");
    Files.write(file, ByteBuffer.allocate(body.length + json.length + 12)
        .put(body).put(json).putInt(json.length).put("OSSOBJ01".getBytes(StandardCharsets.US_ASCII)).array());
    var metadata = ObjectFile.readMetadata(file);
    assertEquals("image/png", metadata.contentType());
    assertEquals(0, metadata.httpHeaders().size());
  }
}
