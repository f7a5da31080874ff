package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.ObjectsWithOfficialSdkTest.failure;
import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.UploadPartRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies over the configured maximum object size, declared or chunked, and bodies shorter than they
 * claim, are refused and leave nothing stored, not even a temporary file.
 */
class LimitsTest {

  private static final int MAX_OBJECT_SIZE = 1024 * 1024;

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static OSS client;
  private static SignedRequests signed;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir, config -> config.maxObjectSize(MAX_OBJECT_SIZE));
    client = oss.client(SignVersion.V4, oss.assumeRole());
    signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), oss.assumeRole(), oss.clock);
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    oss.close();
  }

  @AfterEach
  void noTemporaryFileIsLeft() throws IOException {
    try (Stream<Path> files = Files.list(new StorageLayout(dataDir).tempDir())) {
      assertEquals(List.of(), files.collect(Collectors.toList()));
    }
  }

  @Test
  void anObjectOrAPartOverTheMaximumSizeIsEntityTooLarge() throws Exception {
    byte[] tooLarge = new byte[MAX_OBJECT_SIZE + 1];
    assertEquals("EntityTooLarge", failure(() ->
        client.putObject(BUCKET, "uploads/large.bin", new ByteArrayInputStream(tooLarge))).getErrorCode());
    assertTrue(oss.cloud.objectStore().open(BUCKET, "uploads/large.bin").isEmpty());

    String key = "uploads/parts.bin";
    String uploadId =
        client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    UploadPartRequest part =
        new UploadPartRequest(BUCKET, key, uploadId, 1, new ByteArrayInputStream(tooLarge), tooLarge.length);
    assertEquals("EntityTooLarge", failure(() -> client.uploadPart(part)).getErrorCode());

    client.putObject(BUCKET, "uploads/largest.bin", new ByteArrayInputStream(new byte[MAX_OBJECT_SIZE]));
    assertEquals(MAX_OBJECT_SIZE, client.getObjectMetadata(BUCKET, "uploads/largest.bin").getContentLength());
  }

  @Test
  void aChunkedBodyIsCountedAsItComes() throws Exception {
    String key = "uploads/chunked.bin";
    Map<String, String> headers = signed.headers("PUT", BUCKET, key, Map.of());
    headers.put("Transfer-Encoding", "chunked");
    String target = SignedRequests.target(BUCKET, key, Map.of());
    try (Socket socket = RawHttp.startRequest(oss.ossPort(), "PUT", target, headers, -1)) {
      OutputStream out = socket.getOutputStream();
      byte[] chunk = new byte[64 * 1024];
      for (int i = 0; i < 20; i++) {
        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      RawHttp.Response response = RawHttp.readResponse(socket, false);
      assertEquals(400, response.status());
      assertTrue(response.text().contains("<Code>EntityTooLarge</Code>"), response.text());
    }
    assertTrue(oss.cloud.objectStore().open(BUCKET, key).isEmpty());
  }

  @Test
  void aBodyShorterThanItsContentLengthStoresNothing() throws Exception {
    String key = "uploads/short.bin";
    try (Socket socket = signed.startPut(BUCKET, key, Map.of(), 1000)) {
      socket.getOutputStream().write(new byte[500]);
      socket.shutdownOutput();
      RawHttp.Response response = RawHttp.readResponse(socket, false);
      assertEquals(400, response.status());
      assertTrue(response.text().contains("<Code>IncompleteBody</Code>"), response.text());
    }
    assertTrue(oss.cloud.objectStore().open(BUCKET, key).isEmpty());
  }
}
