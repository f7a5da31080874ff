package dev.ossdirect.client.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.http.ByteRange;
import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.client.testing.TestFile;
import dev.ossdirect.client.testing.Maps;
import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignableRequest;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssSignatureV4;
import dev.ossdirect.signing.oss.OssV1Authorization;
import dev.ossdirect.signing.oss.OssV4Authorization;
import dev.ossdirect.signing.token.OssSignatureVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builds each request, then checks its signature the way OSS does, with the signing library's verifier. */
class OssRequestsTest {

  private static final long NOW = 1_700_000_000_000L;
  private static final String KEY = Sessions.PREFIX + "0b8c-x/photo 1.png";

  private final OssRequests requests = new OssRequests(Clock.fixed(NOW));
  private final SessionConfig v4 = SessionConfig.fromJson(Sessions.json("STS.4", NOW + 900_000), NOW, null);
  private final SessionConfig v1 = SessionConfig.fromJson(
      Sessions.answer("STS.1", NOW + 900_000).ossSignatureVersion(OssSignatureVersion.V1).build().toJson(), NOW, null);
  private final TestFile file = new TestFile("photo 1.png", "image/png", 6_000_000);

  /** The request as OSS reads it: path /bucket/key, decoded query, headers. */
  private static SignableRequest received(HttpRequest request) {
    String url = request.url();
    String afterBucket = url.substring(Sessions.OSS_ENDPOINT.length());
    int question = afterBucket.indexOf('?');
    String path = question < 0 ? afterBucket : afterBucket.substring(0, question);
    SignableRequest.Builder builder = SignableRequest.builder(request.method(),
        "/" + Sessions.BUCKET + PercentEncoding.decode(path));
    if (question >= 0) {
      builder.query(QueryString.parse(afterBucket.substring(question + 1)));
    }
    return builder.headers(Maps.of(request.headers())).build();
  }

  private static void assertV4Valid(HttpRequest request, SessionConfig session) {
    SignableRequest onServer = received(request);
    OssV4Authorization authorization = OssV4Authorization.parse(onServer.header("authorization"));
    assertEquals(session.credentials().accessKeyId(), authorization.accessKeyId());
    assertTrue(OssSignatureV4.verify(onServer, authorization, session.credentials().accessKeySecret()).matches());
    assertEquals(session.credentials().securityToken(), onServer.header("x-oss-security-token"));
    assertNull(onServer.header("host"));
  }

  @Test
  void putObjectSendsTheWholeFileWithItsType() {
    HttpRequest put = requests.putObject(v4, KEY, "image/png", file);
    assertEquals("PUT", put.method());
    assertEquals(Sessions.OSS_ENDPOINT + "/" + Sessions.PREFIX + "0b8c-x/photo%201.png", put.url());
    assertEquals("image/png", put.headers().get("content-type"));
    assertEquals(new ByteRange(0, 6_000_000), put.fileRange());
    assertTrue(put.timeoutMillis() > 30_000);
    assertV4Valid(put, v4);
  }

  @Test
  void theMultipartRequestsAreSignedWithTheirSubresources() {
    HttpRequest initiate = requests.initiateMultipartUpload(v4, KEY, "image/png");
    assertEquals("POST", initiate.method());
    assertTrue(initiate.url().endsWith("?uploads"));
    assertV4Valid(initiate, v4);

    HttpRequest part = requests.uploadPart(v4, KEY, "UP+1", 3, file, new ByteRange(10, 20));
    assertTrue(part.url().endsWith("?partNumber=3&uploadId=UP%2B1"), part.url());
    assertEquals(new ByteRange(10, 20), part.fileRange());
    assertV4Valid(part, v4);

    HttpRequest complete = requests.completeMultipartUpload(v4, KEY, "UP+1", List.of("\"A\""));
    assertEquals("POST", complete.method());
    assertTrue(complete.url().endsWith("?uploadId=UP%2B1"));
    assertEquals("application/xml", complete.headers().get("content-type"));
    assertTrue(complete.textBody().contains("<ETag>\"A\"</ETag>"));
    assertV4Valid(complete, v4);

    HttpRequest abort = requests.abortMultipartUpload(v4, KEY, "UP+1");
    assertEquals("DELETE", abort.method());
    assertV4Valid(abort, v4);
  }

  @Test
  void signsWithVersionOneWhenTheServerSaysSo() {
    HttpRequest part = requests.uploadPart(v1, KEY, "UP1", 2, file, new ByteRange(0, 10));
    SignableRequest onServer = received(part);
    OssV1Authorization authorization = OssV1Authorization.parse(onServer.header("authorization"));
    assertEquals("STS.1", authorization.accessKeyId());
    assertTrue(OssSignatureV1.verify(onServer, authorization, "secret-STS.1").matches());
    assertEquals("token-STS.1", onServer.header("x-oss-security-token"));
  }

  @Test
  void givesSlowLinksTimeToSendAPart() {
    assertEquals(30_000, OssRequests.timeoutFor(0));
    assertEquals(30_000 + 160_000, OssRequests.timeoutFor(5L * 1024 * 1024));
    assertEquals(30_000, OssRequests.timeoutFor(32));
    assertEquals(30_001, OssRequests.timeoutFor(33));
    assertEquals(30_000 + 65_536_000, OssRequests.timeoutFor(1L << 31));
    assertEquals(30_000 + 131_072_000, OssRequests.timeoutFor(1L << 32));
    assertEquals(30_000 + 131_072_001, OssRequests.timeoutFor((1L << 32) + 33));
    assertEquals(Integer.MAX_VALUE, OssRequests.timeoutFor(48_800L * 1024 * 1024 * 1024));
  }
}
