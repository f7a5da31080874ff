package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.ObjectsWithOfficialSdkTest.failure;
import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.OSSObject;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * GetObject and HeadObject evaluate {@code If-Match}, {@code If-None-Match}, {@code If-Modified-Since} and
 * {@code If-Unmodified-Since} as OSS does, at the second boundaries of {@code Last-Modified}, rather than
 * answering the whole object whatever they say.
 */
class ConditionalReadsTest {

  private static final String KEY = "uploads/conditional.bin";
  private static final byte[] BYTES = OssBytes.random(1000, 8);

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static OSS client;
  private static SignedRequests signed;
  private static String etag;
  private static long lastModified;

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    Credentials credentials = oss.assumeRole();
    client = oss.client(SignVersion.V4, credentials);
    signed = new SignedRequests(oss.ossPort(), oss.cloud.region(), credentials, oss.clock);
    etag = client.putObject(BUCKET, KEY, new ByteArrayInputStream(BYTES)).getETag();
    lastModified = client.getObjectMetadata(BUCKET, KEY).getLastModified().getTime();
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    oss.close();
  }

  private static RawHttp.Response get(String method, String header, String value) throws Exception {
    return RawHttp.send(oss.ossPort(), method, SignedRequests.target(BUCKET, KEY, Map.of()),
        signed.headers(method, BUCKET, KEY, Map.of(), Map.of(header, value)), new byte[0]);
  }

  private static String date(long offsetSeconds) {
    return UtcTimestamps.formatRfc1123(lastModified + offsetSeconds * 1000);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
      "If-Match, the entity tag, 200", "If-Match, another tag, 412", "If-Match, *, 200",
      "If-Match, 'W/\"0\", the entity tag', 200",
      "If-None-Match, the entity tag, 304", "If-None-Match, another tag, 200", "If-None-Match, *, 304",
      "If-Modified-Since, the last modification, 304", "If-Modified-Since, a second before it, 200",
      "If-Unmodified-Since, the last modification, 200", "If-Unmodified-Since, a second before it, 412",
      "If-Modified-Since, not a date, 200", "If-Unmodified-Since, not a date, 200"})
  void eachConditionHoldsOrNotAtItsBoundary(String header, String value, int status) throws Exception {
    String sent = switch (value) {
      case "the entity tag" -> "\"" + etag + "\"";
      case "another tag" -> "\"0123456789ABCDEF0123456789ABCDEF\"";
      case "the last modification" -> date(0);
      case "a second before it" -> date(-1);
      default -> value.replace("the entity tag", "\"" + etag + "\"");
    };
    for (String method : List.of("GET", "HEAD")) {
      RawHttp.Response response = get(method, header, sent);
      assertEquals(status, response.status(), method + " " + header + ": " + sent + " " + response.text());
      if (status == 200 && method.equals("GET")) {
        assertArrayEquals(BYTES, response.body());
      }
      if (status == 412 && method.equals("GET")) {
        assertTrue(response.text().contains("<Code>PreconditionFailed</Code>"), response.text());
      }
      if (status == 304) {
        assertEquals(0, response.body().length);
      }
    }
  }

  @Test
  void ifMatchWinsOverIfUnmodifiedSinceAndIfNoneMatchOverIfModifiedSince() throws Exception {
    RawHttp.Response matched = RawHttp.send(oss.ossPort(), "GET", SignedRequests.target(BUCKET, KEY, Map.of()),
        signed.headers("GET", BUCKET, KEY, Map.of(),
            Map.of("If-Match", "\"" + etag + "\"", "If-Unmodified-Since", date(-1))), new byte[0]);
    assertEquals(200, matched.status(), matched.text());
    RawHttp.Response changed = RawHttp.send(oss.ossPort(), "GET", SignedRequests.target(BUCKET, KEY, Map.of()),
        signed.headers("GET", BUCKET, KEY, Map.of(),
            Map.of("If-None-Match", "\"0123\"", "If-Modified-Since", date(0))), new byte[0]);
    assertEquals(200, changed.status(), changed.text());
  }

  @Test
  void theOfficialSdksConstraintsAreHonoured() throws Exception {
    GetObjectRequest stale = new GetObjectRequest(BUCKET, KEY);
    stale.setMatchingETagConstraints(List.of("0123456789ABCDEF0123456789ABCDEF"));
    assertEquals("PreconditionFailed", failure(() -> client.getObject(stale)).getErrorCode());
    GetObjectRequest current = new GetObjectRequest(BUCKET, KEY);
    current.setMatchingETagConstraints(List.of(etag));
    current.setUnmodifiedSinceConstraint(new Date(lastModified));
    try (OSSObject object = client.getObject(current)) {
      assertArrayEquals(BYTES, object.getObjectContent().readAllBytes());
    }
  }
}
