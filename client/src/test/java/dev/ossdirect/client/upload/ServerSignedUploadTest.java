package dev.ossdirect.client.upload;

import static dev.ossdirect.client.testing.ScriptedHttp.matching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.call.SigningClock;
import dev.ossdirect.client.http.ByteRange;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.oss.OssRequests;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.SessionCredentials;
import dev.ossdirect.client.testing.ManualScheduler;
import dev.ossdirect.client.testing.ManualTokenSource;
import dev.ossdirect.client.testing.Recorder;
import dev.ossdirect.client.testing.ScriptedHttp.Exchange;
import dev.ossdirect.client.testing.ScriptedHttp;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.client.testing.TestFile;
import dev.ossdirect.client.testing.Maps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ObjectUpload} in the server-signed flow: the page signs nothing and sends what the server signed. */
class ServerSignedUploadTest {

  private static final long MIB = 1024 * 1024;
  private static final String KEY = "uploads/s/0b6f-photo.png";

  private final ManualScheduler scheduler = new ManualScheduler(1_700_000_000_000L);
  private final ScriptedHttp http = new ScriptedHttp();
  private final ManualTokenSource tokens = new ManualTokenSource();
  private final SessionCredentials credentials = new SessionCredentials(tokens, scheduler, scheduler);
  private final SigningClock signingClock = new SigningClock(scheduler);
  private final Uploader uploader = new Uploader(
      new ServiceCalls(http, credentials, signingClock, new RetryPolicy(4, 100, 1_000), scheduler, () -> 0.5),
      new OssRequests(scheduler), new OssDialect("http://localhost:8080"), new TransferSlots(4));

  @BeforeEach
  void haveAToken() {
    credentials.withFresh(new Recorder<>());
    tokens.issue(Sessions.session("STS.1", scheduler.currentTimeMillis(), 900_000));
  }

  private ObjectUpload start(long size) {
    ObjectUpload upload = uploader.createServerSigned(new TestFile("photo.png", "image/png", size), "image/png",
        changed -> { });
    upload.start();
    return upload;
  }

  private static String multipartGrant(int parts) {
    return "{\"Id\":\"U1\",\"Key\":\"" + KEY + "\",\"Method\":\"Multipart\",\"PartSize\":5242880,\"PartCount\":"
        + parts + "}";
  }

  private static void grantPart(Exchange sign) {
    String number = sign.url().substring(sign.url().lastIndexOf('/') + 1);
    sign.respond(200, "{\"Url\":\"http://127.0.0.1:9102/b/" + KEY + "?partNumber=" + number + "&uploadId=OSS1\","
        + "\"Headers\":{\"authorization\":\"OSS4-HMAC-SHA256 sig-" + number + "\",\"x-oss-date\":\"20231114T221320Z\"}}");
  }

  @Test
  void aSmallFileIsPostedWithTheServersFormAndNoHeaderOfItsOwn() {
    ObjectUpload upload = start(5 * MIB - 1);
    assertNull(upload.key());
    Exchange create = http.single();
    assertEquals("POST", create.method());
    assertEquals("api/uploads", create.url());
    assertEquals("{\"name\":\"photo.png\",\"size\":5242879,\"contentType\":\"image\\/png\"}", create.request.textBody());
    create.respond(200, "{\"Id\":\"U1\",\"Key\":\"" + KEY + "\",\"Method\":\"PostObject\","
        + "\"Url\":\"http://127.0.0.1:9102/b\",\"Fields\":{\"key\":\"" + KEY + "\",\"policy\":\"P\"}}");

    assertEquals(KEY, upload.key());
    Exchange post = http.single();
    assertEquals("POST", post.method());
    assertEquals("http://127.0.0.1:9102/b", post.url());
    assertTrue(post.request.headers().isEmpty(), Maps.of(post.request.headers()).toString());
    assertEquals(List.of("key", "policy"), post.request.formFields().names());
    post.progress(5 * MIB - 1);
    post.respond(204, "");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
    assertEquals(100, upload.progress().percent());
  }

  @Test
  void eachPartIsSignedByTheServerThenSentWithExactlyThoseHeadersAndTheServerCompletes() {
    ObjectUpload upload = start(12 * MIB);
    http.single().respond(200, multipartGrant(3));
    List<Exchange> signs = http.open(matching("POST", "/parts/"));
    assertEquals(3, signs.size());
    assertEquals("api/uploads/U1/parts/1", signs.get(0).url());
    signs.forEach(ServerSignedUploadTest::grantPart);
    List<Exchange> parts = http.open(matching("PUT", "?partNumber="));
    assertEquals(3, parts.size());
    assertEquals(Map.of("authorization", "OSS4-HMAC-SHA256 sig-3", "x-oss-date", "20231114T221320Z"),
        Maps.of(parts.get(2).request.headers()));
    assertEquals(new ByteRange(10 * MIB, 12 * MIB), parts.get(2).request.fileRange());

    // A part whose request got no answer is sent again with the same signature, not signed anew.
    parts.get(0).failNetwork();
    scheduler.runAll();
    assertTrue(http.open(matching("POST", "/parts/")).isEmpty());
    for (Exchange part : http.open(matching("PUT", "?partNumber="))) {
      String url = part.url();
      part.respond(200, "", Map.of("ETag", "\"E" + url.charAt(url.indexOf("partNumber=") + 11) + "\""));
    }
    Exchange complete = http.single();
    assertEquals("api/uploads/U1/complete", complete.url());
    assertEquals("{\"Parts\":[{\"PartNumber\":1,\"ETag\":\"\\\"E1\\\"\"},{\"PartNumber\":2,\"ETag\":\"\\\"E2\\\"\"},"
        + "{\"PartNumber\":3,\"ETag\":\"\\\"E3\\\"\"}]}", complete.request.textBody());
    complete.respond(200, "{\"Key\":\"" + KEY + "\"}");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
  }

  @Test
  void theServersTimeSetsTheSigningClockOnlyWhenItIsFarOff() {
    long now = scheduler.currentTimeMillis();
    start(12 * MIB);
    http.single().respond(200, grantAt(now + 5 * 60_000));
    assertEquals(now, signingClock.currentTimeMillis(), "five minutes off is close enough");
    start(12 * MIB);
    http.open().stream().filter(exchange -> exchange.url().equals("api/uploads")).findFirst().orElseThrow()
        .respond(200, grantAt(now + 5 * 60_000 + 1));
    assertEquals(now + 5 * 60_000 + 1, signingClock.currentTimeMillis());
  }

  private static String grantAt(long serverTimeMillis) {
    return multipartGrant(3).replace("{\"Id\"", "{\"ServerTime\":" + serverTimeMillis + ",\"Id\"");
  }

  @Test
  void aPartWhoseSignatureOutlivedItsRetriesIsSignedOnceMore() {
    ObjectUpload upload = start(5 * MIB);
    http.single().respond(200, multipartGrant(1));
    grantPart(http.single());
    String skewed = "<Error><Code>RequestTimeTooSkewed</Code><Message>too old</Message>"
        + "<ServerTime>2023-11-14T22:30:00.000Z</ServerTime></Error>";
    http.single().respond(403, skewed);
    // The page corrects its clock and sends the same signed request once, as for any service; OSS refuses
    // it again, so the page asks the server for a new signature.
    http.single().respond(403, skewed);
    Exchange signAgain = http.single();
    assertEquals("api/uploads/U1/parts/1", signAgain.url());
    grantPart(signAgain);
    http.single().respond(200, "", Map.of("ETag", "\"E1\""));
    http.single().respond(200, "{\"Key\":\"" + KEY + "\"}");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
  }

  @Test
  void aRefusalOfTheServerFailsTheUploadWithItsMessage() {
    ObjectUpload upload = start(12 * MIB);
    http.single().respond(403, "{\"Code\":\"TooManyFiles\",\"Message\":\"This session has uploaded its 100 files.\","
        + "\"RequestId\":null}");
    assertEquals(UploadPhase.FAILED, upload.phase());
    assertEquals("TooManyFiles", upload.failure().serviceError().code());
    assertTrue(upload.failure().summary().contains("100 files"), upload.failure().summary());
    assertTrue(http.open().isEmpty());
  }

  @Test
  void cancellingAsksTheServerToAbort() {
    ObjectUpload upload = start(12 * MIB);
    http.single().respond(200, multipartGrant(3));
    http.open(matching("POST", "/parts/")).forEach(ServerSignedUploadTest::grantPart);
    assertTrue(upload.cancel());
    assertTrue(http.open(matching("PUT", "?partNumber=")).isEmpty());
    Exchange abort = http.single();
    assertEquals("DELETE", abort.method());
    assertEquals("api/uploads/U1", abort.url());
    abort.respond(204, "");
    assertEquals(ObjectUpload.Cleanup.DONE, upload.cleanup());
  }
}
