package dev.ossdirect.reliability.hostile;

import static dev.ossdirect.reliability.hostile.HostileOss.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.localcloud.oss.SignedRequests;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.storage.StoredObjects;
import dev.ossdirect.reliability.wire.Answer;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies of every awkward size and framing, against a local OSS whose largest object is 1 MiB: empty
 * objects are stored; bodies over the maximum (declared, chunked, or as a part), bodies shorter or longer
 * than their {@code Content-Length}, broken framing and wrong or malformed {@code Content-MD5} are refused
 * and leave nothing stored, not even a temporary file ({@link HostileOss}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileBodiesTest {

  private static final int MAX_OBJECT_SIZE = 1024 * 1024;
  private static final Row ROW = Row.HOSTILE_SIZES;

  private HostileOss hostile;
  private SignedRequests signed;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root, config -> config.maxObjectSize(MAX_OBJECT_SIZE));
    signed = hostile.signed;
  }

  @AfterAll
  void stop() {
    hostile.close();
  }

  @Test
  void anEmptyObjectIsStored() throws Exception {
    String key = "uploads/empty.bin";
    hostile.check(ROW, () -> Answer.of(signed.send("PUT", BUCKET, key, Map.of(), new byte[0])),
        Answer::accepted, "accepted");
    assertEquals(Optional.of(StoredObjects.md5(new byte[0])), stored(key));
  }

  @Test
  void anEmptySinglePartUploadIsStored() throws Exception {
    String key = "uploads/empty-parts.bin";
    String uploadId = initiate(key);
    RawHttp.Response part =
        signed.send("PUT", BUCKET, key, Map.of("partNumber", "1", "uploadId", uploadId), new byte[0]);
    assertEquals(200, part.status(), part.text());
    String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"
        + part.header("ETag") + "</ETag></Part></CompleteMultipartUpload>";
    hostile.check(ROW, () -> Answer.of(signed.send("POST", BUCKET, key, Map.of("uploadId", uploadId),
        complete.getBytes(StandardCharsets.UTF_8))), Answer::accepted, "accepted");
    assertEquals(Optional.of(StoredObjects.md5(new byte[0])), stored(key));
  }

  @Test
  void theLargestObjectIsStored() throws Exception {
    byte[] largest = OssBytes.random(MAX_OBJECT_SIZE, 1);
    hostile.check(ROW, () -> Answer.of(signed.send("PUT", BUCKET, "uploads/largest.bin", Map.of(), largest)),
        Answer::accepted, "accepted");
    assertEquals(Optional.of(StoredObjects.md5(largest)), stored("uploads/largest.bin"));
  }

  @Test
  void anObjectOverTheMaximumIsEntityTooLarge() throws Exception {
    byte[] tooLarge = new byte[MAX_OBJECT_SIZE + 1];
    hostile.checkRefused(ROW, () -> Answer.of(signed.send("PUT", BUCKET, "uploads/large.bin", Map.of(), tooLarge)),
        400, "EntityTooLarge");
  }

  @Test
  void aPartOverTheMaximumIsEntityTooLarge() throws Exception {
    String key = "uploads/large-part.bin";
    String uploadId = initiate(key);
    byte[] tooLarge = new byte[MAX_OBJECT_SIZE + 1];
    hostile.checkRefused(ROW, () -> Answer.of(signed.send("PUT", BUCKET, key,
        Map.of("partNumber", "1", "uploadId", uploadId), tooLarge)), 400, "EntityTooLarge");
  }

  @Test
  void partsAddingUpToTheLargestObjectAreAssembled() throws Exception {
    String key = "uploads/largest-parts.bin";
    byte[] first = OssBytes.random(MAX_OBJECT_SIZE / 2, 5);
    byte[] second = OssBytes.random(MAX_OBJECT_SIZE / 2, 6);
    String uploadId = initiate(key);
    String complete = completeBody(part(key, uploadId, 1, first), part(key, uploadId, 2, second));
    hostile.check(ROW, () -> complete(key, uploadId, complete), Answer::accepted, "accepted");
    byte[] whole = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, whole, first.length, second.length);
    assertEquals(Optional.of(StoredObjects.md5(whole)), stored(key));
  }

  @Test
  void partsAddingUpToMoreThanTheLargestObjectAreEntityTooLarge() throws Exception {
    String key = "uploads/too-large-parts.bin";
    String uploadId = initiate(key);
    String complete = completeBody(part(key, uploadId, 1, OssBytes.random(MAX_OBJECT_SIZE / 2, 7)),
        part(key, uploadId, 2, OssBytes.random(MAX_OBJECT_SIZE / 2 + 1, 8)));
    hostile.checkRefused(ROW, () -> complete(key, uploadId, complete), 400, "EntityTooLarge");
    assertEquals(Optional.empty(), stored(key));
  }

  @Test
  void aChunkedBodyIsCountedAsItComes() throws Exception {
    String key = "uploads/chunked.bin";
    hostile.checkRefused(ROW, () -> chunked(key, 20, 64 * 1024, "0\r\n\r\n"), 400, "EntityTooLarge");
  }

  @Test
  void aBrokenChunkIsAnIncompleteBody() throws Exception {
    hostile.checkRefused(ROW, () -> chunked("uploads/broken-chunk.bin", 1, 1024, "zz\r\nxyz\r\n"),
        400, "IncompleteBody");
  }

  @Test
  void aBodyShorterThanItsContentLengthStoresNothing() throws Exception {
    String key = "uploads/short.bin";
    hostile.checkRefused(ROW, () -> {
      try (Socket socket = signed.startPut(BUCKET, key, Map.of(), 1000)) {
        socket.getOutputStream().write(new byte[500]);
        socket.shutdownOutput();
        return Answer.of(RawHttp.readResponse(socket, false));
      }
    }, 400, "IncompleteBody");
  }

  @Test
  void aBodyLongerThanItsContentLengthIsCutAndItsDigestFails() throws Exception {
    String key = "uploads/long.bin";
    byte[] sent = OssBytes.random(2000, 2);
    Map<String, String> headers =
        signed.headers("PUT", BUCKET, key, Map.of(), Map.of("Content-MD5", OssBytes.contentMd5(sent)));
    hostile.checkRefused(ROW, () -> {
      try (Socket socket = RawHttp.startRequest(hostile.oss.ossPort(), "PUT",
          SignedRequests.target(BUCKET, key, Map.of()), headers, 1000)) {
        socket.getOutputStream().write(sent);
        socket.getOutputStream().flush();
        return Answer.of(RawHttp.readResponse(socket, false));
      }
    }, 400, "InvalidDigest");
  }

  @Test
  void aWrongContentMd5IsInvalidDigest() throws Exception {
    byte[] body = OssBytes.random(1000, 3);
    hostile.checkRefused(ROW, () -> putWithHeader("uploads/wrong-md5.bin", body, "Content-MD5",
        OssBytes.contentMd5(OssBytes.random(1000, 4))), 400, "InvalidDigest");
  }

  @Test
  void aMalformedContentMd5IsInvalidDigest() throws Exception {
    for (String malformed : new String[] {"not base64!", "AAAA", OssBytes.contentMd5(new byte[1]) + "AAAA"}) {
      hostile.checkRefused(ROW, () -> putWithHeader("uploads/bad-md5.bin", new byte[10], "Content-MD5", malformed),
          400, "InvalidDigest");
    }
  }

  @Test
  void brokenFramingIsACleanClientError() throws Exception {
    String target = SignedRequests.target(BUCKET, "uploads/framing.bin", Map.of());
    for (String framing : new String[] {
        "Content-Length: ten\r\n", "Content-Length: -5\r\n", "Content-Length: 3\r\nContent-Length: 4\r\n",
        "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", "Transfer-Encoding: gzip, chunked\r\n"}) {
      String head = "PUT " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + framing + "Connection: close\r\n\r\n";
      hostile.check(ROW, () -> {
        try (Socket socket = new Socket("127.0.0.1", hostile.oss.ossPort())) {
          socket.getOutputStream().write((head + "3\r\nabc\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          socket.getOutputStream().flush();
          return Answer.of(RawHttp.readResponse(socket, false));
        }
      }, Answer::isCleanClientError, "a 4xx in OSS's XML format");
    }
  }

  private Answer putWithHeader(String key, byte[] body, String name, String value) throws Exception {
    Map<String, String> headers = signed.headers("PUT", BUCKET, key, Map.of(), Map.of(name, value));
    return Answer.of(RawHttp.send(hostile.oss.ossPort(), "PUT", SignedRequests.target(BUCKET, key, Map.of()),
        headers, body));
  }

  /** Sends {@code count} chunks of {@code size} bytes, then {@code ending}, and reads the answer. */
  private Answer chunked(String key, int count, int size, String ending) throws Exception {
    Map<String, String> headers = signed.headers("PUT", BUCKET, key, Map.of());
    headers.put("Transfer-Encoding", "chunked");
    try (Socket socket = RawHttp.startRequest(hostile.oss.ossPort(), "PUT",
        SignedRequests.target(BUCKET, key, Map.of()), headers, -1)) {
      OutputStream out = socket.getOutputStream();
      byte[] chunk = new byte[size];
      for (int i = 0; i < count; i++) {
        out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(chunk);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.write(ending.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return Answer.of(RawHttp.readResponse(socket, false));
    }
  }

  /** Uploads part {@code partNumber} and returns its entity tag. */
  private String part(String key, String uploadId, int partNumber, byte[] bytes) throws Exception {
    RawHttp.Response part = signed.send("PUT", BUCKET, key,
        Map.of("partNumber", Integer.toString(partNumber), "uploadId", uploadId), bytes);
    assertEquals(200, part.status(), part.text());
    return part.header("ETag");
  }

  /** The CompleteMultipartUpload document naming parts 1, 2, ... with {@code etags}. */
  private static String completeBody(String... etags) {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (int i = 0; i < etags.length; i++) {
      xml.append("<Part><PartNumber>").append(i + 1).append("</PartNumber><ETag>").append(etags[i])
          .append("</ETag></Part>");
    }
    return xml.append("</CompleteMultipartUpload>").toString();
  }

  private Answer complete(String key, String uploadId, String body) throws Exception {
    return Answer.of(signed.send("POST", BUCKET, key, Map.of("uploadId", uploadId),
        body.getBytes(StandardCharsets.UTF_8)));
  }

  private String initiate(String key) throws Exception {
    RawHttp.Response initiated = signed.send("POST", BUCKET, key, Map.of("uploads", ""), new byte[0]);
    Matcher uploadId = Pattern.compile("<UploadId>([0-9A-F]+)</UploadId>").matcher(initiated.text());
    assertTrue(uploadId.find(), initiated.text());
    return uploadId.group(1);
  }

  private Optional<String> stored(String key) {
    return StoredObjects.md5(hostile.oss.cloud.objectStore(), BUCKET, key);
  }
}
