package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local OSS says in {@code Server-Timing} how long each stage of storing a body took, in the order
 * the stages ran, and says nothing of a request it refused before any stage ended.
 */
class OssServerTimingTest {

  private static final Pattern STAGE = Pattern.compile("([a-z]+);dur=(\\d+\\.\\d{3})");

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static SignedRequests raw;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    raw = new SignedRequests(oss.ossPort(), oss.cloud.region(), oss.assumeRole(), oss.clock);
  }

  @AfterAll
  static void stop() {
    oss.close();
  }

  @Test
  void aPartAndItsCompletionNameTheirStages() throws Exception {
    String key = "uploads/timed.bin";
    RawHttp.Response initiated = raw.send("POST", BUCKET, key, Map.of("uploads", ""), new byte[0]);
    Matcher id = Pattern.compile("<UploadId>([0-9A-F]+)</UploadId>").matcher(initiated.text());
    assertTrue(id.find(), initiated.text());
    String uploadId = id.group(1);
    assertEquals(List.of("authenticate"), stages(initiated));

    RawHttp.Response part = raw.send("PUT", BUCKET, key, Map.of("partNumber", "1", "uploadId", uploadId),
        OssBytes.random(1000, 1));
    assertEquals(200, part.status(), part.text());
    assertEquals(List.of("authenticate", "receive", "commit"), stages(part));

    String complete = "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>" + part.header("ETag")
        + "</ETag></Part></CompleteMultipartUpload>";
    RawHttp.Response completed = raw.send("POST", BUCKET, key, Map.of("uploadId", uploadId),
        complete.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, completed.status(), completed.text());
    assertEquals(List.of("authenticate", "read", "link", "commit", "cleanup"), stages(completed));
  }

  @Test
  void aPutObjectNamesItsStages() throws Exception {
    RawHttp.Response put = raw.send("PUT", BUCKET, "uploads/timed-put.bin", Map.of(), new byte[0]);
    assertEquals(200, put.status(), put.text());
    assertEquals(List.of("authenticate", "receive", "commit"), stages(put));
  }

  @Test
  void aRequestRefusedBeforeAnyStageEndedSaysNothing() throws Exception {
    RawHttp.Response unsigned = RawHttp.send(oss.ossPort(), "PUT",
        SignedRequests.target(BUCKET, "uploads/unsigned.bin", Map.of()), Map.of(), new byte[1]);
    assertEquals(403, unsigned.status(), unsigned.text());
    assertNull(unsigned.header("Server-Timing"));
  }

  /** The stage names of the answer's {@code Server-Timing}, which must hold nothing else. */
  private static List<String> stages(RawHttp.Response response) {
    String header = response.header("Server-Timing");
    List<String> names = new ArrayList<>();
    for (String stage : header.split(", ")) {
      Matcher matcher = STAGE.matcher(stage);
      assertTrue(matcher.matches(), header);
      names.add(matcher.group(1));
    }
    return names;
  }
}
