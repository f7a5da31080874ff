package dev.ossdirect.client.upload;

import static dev.ossdirect.client.testing.ScriptedHttp.matching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.call.SigningClock;
import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.oss.OssRequests;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.SessionCredentials;
import dev.ossdirect.client.testing.ManualScheduler;
import dev.ossdirect.client.testing.ManualTokenSource;
import dev.ossdirect.client.testing.ScriptedHttp.Exchange;
import dev.ossdirect.client.testing.ScriptedHttp;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.client.testing.TestFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObjectUploadTest {

  private static final long MIB = 1024 * 1024;
  private static final String INITIATED = "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key>"
      + "<UploadId>UP1</UploadId></InitiateMultipartUploadResult>";

  private final ManualScheduler scheduler = new ManualScheduler(1_700_000_000_000L);
  private final ScriptedHttp http = new ScriptedHttp();
  private final ManualTokenSource tokens = new ManualTokenSource();
  private final SessionCredentials credentials = new SessionCredentials(tokens, scheduler, scheduler);
  private final Uploader uploader = new Uploader(
      new ServiceCalls(http, credentials, new SigningClock(scheduler), new RetryPolicy(4, 100, 1_000), scheduler,
          () -> 0.5),
      new OssRequests(scheduler), new OssDialect("http://localhost:8080"), new TransferSlots(4));
  private final List<Long> sentSeen = new ArrayList<>();

  @BeforeEach
  void haveAToken() {
    credentials.withFresh(new dev.ossdirect.client.testing.Recorder<>());
    tokens.issue(Sessions.session("STS.1", scheduler.currentTimeMillis(), 900_000));
  }

  private ObjectUpload start(String name, long size) {
    ObjectUpload upload = uploader.create(new TestFile(name, "image/png", size), "uploads/s/" + name, "image/png",
        changed -> sentSeen.add(changed.progress().sentBytes()));
    upload.start();
    return upload;
  }

  private static void storePart(Exchange part) {
    part.respond(200, "", Map.of("ETag", "\"ETAG-" + partNumber(part) + "\""));
  }

  private static int partNumber(Exchange exchange) {
    String url = exchange.url();
    int start = url.indexOf("partNumber=") + "partNumber=".length();
    return Integer.parseInt(url.substring(start, url.indexOf('&', start)));
  }

  private List<Exchange> openParts() {
    return http.open(matching("PUT", "?partNumber="));
  }

  private boolean monotonic() {
    for (int i = 1; i < sentSeen.size(); i++) {
      if (sentSeen.get(i) < sentSeen.get(i - 1)) {
        return false;
      }
    }
    return true;
  }

  private ObjectUpload allPartsStored(String name, long size) {
    ObjectUpload upload = start(name, size);
    http.single().respond(200, INITIATED);
    while (!openParts().isEmpty()) {
      storePart(openParts().get(0));
    }
    return upload;
  }

  private static final String NO_SUCH_UPLOAD = "<Error><Code>NoSuchUpload</Code><Message>The specified upload "
      + "does not exist.</Message><RequestId>R-9</RequestId></Error>";

  @Test
  void aRetriedCompleteThatFindsTheUploadGoneLeavesItUnconfirmedWithNothingToAbort() {
    ObjectUpload upload = allPartsStored("big.bin", 12 * MIB);
    http.single().failNetwork();
    scheduler.runAll();
    Exchange retry = http.single();
    assertTrue(retry.url().endsWith("?uploadId=UP1"));
    retry.respond(404, NO_SUCH_UPLOAD);

    assertEquals(UploadPhase.UNCONFIRMED, upload.phase());
    assertEquals(99, upload.progress().percent());
    assertNull(upload.failure());
    assertTrue(http.open().isEmpty(), "nothing is aborted: " + http.open());
    assertEquals(ObjectUpload.Cleanup.NOT_NEEDED, upload.cleanup());

    upload.confirmStored();
    assertEquals(UploadPhase.UPLOADED, upload.phase());
    assertEquals(100, upload.progress().percent());
  }

  @Test
  void anUnconfirmedUploadWhoseObjectIsMissingFails() {
    ObjectUpload upload = allPartsStored("big.bin", 12 * MIB);
    http.single().respond(503, "<Error><Code>ServiceUnavailable</Code></Error>");
    scheduler.runAll();
    http.single().respond(404, NO_SUCH_UPLOAD);
    assertEquals(UploadPhase.UNCONFIRMED, upload.phase());

    upload.notStored(Failure.of("not in the bucket"));
    assertEquals(UploadPhase.FAILED, upload.phase());
    assertEquals("not in the bucket", upload.failure().summary());
    assertTrue(http.open().isEmpty());
    assertEquals(ObjectUpload.Cleanup.NOT_NEEDED, upload.cleanup());
    upload.confirmStored();
    assertEquals(UploadPhase.FAILED, upload.phase());
  }

  @Test
  void noSuchUploadOnTheFirstCompleteTheBrowserSawIsUnconfirmedToo() {
    // A browser may resend a request on a dropped connection without telling the page.
    ObjectUpload upload = allPartsStored("big.bin", 12 * MIB);
    http.single().respond(404, NO_SUCH_UPLOAD);
    assertEquals(UploadPhase.UNCONFIRMED, upload.phase());
    assertTrue(http.open().isEmpty());
  }

  @Test
  void anyOtherRefusalOfCompleteFailsTheUploadAndAbortsIt() {
    ObjectUpload upload = allPartsStored("big.bin", 12 * MIB);
    http.single().respond(400, "<Error><Code>InvalidPart</Code><Message>m</Message></Error>");
    assertEquals(UploadPhase.FAILED, upload.phase());
    assertEquals("InvalidPart", upload.failure().serviceError().code());
    assertEquals("DELETE", http.single().method());
  }

  @Test
  void aSmallFileIsOnePutObject() {
    ObjectUpload upload = start("small.png", 1000);
    Exchange put = http.single();
    assertEquals("PUT", put.method());
    assertTrue(put.url().endsWith("/uploads/s/small.png"));
    put.progress(1000);
    assertEquals(UploadPhase.FINISHING, upload.phase());
    assertEquals(99, upload.progress().percent());
    put.respond(200, "");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
    assertEquals(100, upload.progress().percent());
  }

  @Test
  void aLargeFileGoesUpInPartsFourAtATime() {
    ObjectUpload upload = start("big.bin", 48 * MIB);
    Exchange initiate = http.single();
    assertEquals("POST", initiate.method());
    assertTrue(initiate.url().endsWith("?uploads"));
    initiate.respond(200, INITIATED);

    List<Integer> seen = new ArrayList<>();
    while (!openParts().isEmpty()) {
      assertTrue(openParts().size() <= ObjectUpload.PARALLEL_PARTS);
      Exchange part = openParts().get(0);
      seen.add(partNumber(part));
      part.progress(part.request.fileRange().length());
      storePart(part);
    }
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), seen);
    assertEquals(UploadPhase.FINISHING, upload.phase());
    assertFalse(upload.cancel());

    Exchange complete = http.single();
    assertEquals("POST", complete.method());
    assertTrue(complete.url().endsWith("?uploadId=UP1"));
    assertTrue(complete.request.textBody().startsWith(
        "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"ETAG-1\"</ETag></Part>"));
    assertEquals(99, upload.progress().percent());
    complete.respond(200, "<CompleteMultipartUploadResult/>");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
    assertEquals(100, upload.progress().percent());
    assertTrue(monotonic());
  }

  @Test
  void aFailedPartIsSentAgainWithoutRestartingTheFile() {
    ObjectUpload upload = start("big.bin", 12 * MIB);
    http.single().respond(200, INITIATED);
    Exchange second = openParts().get(1);
    second.progress(4 * MIB);
    long before = upload.progress().sentBytes();
    second.respond(503, "<Error><Code>ServiceUnavailable</Code></Error>");
    scheduler.runAll();

    Exchange retried = http.open(matching("PUT", "?partNumber=2&")).get(0);
    assertTrue(retried != second);
    retried.progress(MIB);
    assertEquals(before, upload.progress().sentBytes());
    for (Exchange part : openParts()) {
      storePart(part);
    }
    http.single().respond(200, "");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
    assertEquals(1, http.all().stream().filter(matching("POST", "?uploads")).count());
    assertEquals(2, http.all().stream().filter(matching("PUT", "?partNumber=2&")).count());
    assertEquals(1, http.all().stream().filter(matching("PUT", "?partNumber=1&")).count());
    assertTrue(monotonic());
  }

  @Test
  void aHiddenEtagStopsTheUploadWithTheCorsFixAndRemovesTheParts() {
    ObjectUpload upload = start("big.bin", 12 * MIB);
    http.single().respond(200, INITIATED);
    openParts().get(0).respond(200, "");
    assertEquals(UploadPhase.FAILED, upload.phase());
    assertTrue(upload.failure().hint().contains("must expose the ETag header"));
    assertTrue(openParts().isEmpty());
    Exchange abort = http.single();
    assertEquals("DELETE", abort.method());
    assertTrue(abort.url().endsWith("?uploadId=UP1"));
    abort.respond(204, "");
    assertEquals(ObjectUpload.Cleanup.DONE, upload.cleanup());
  }

  @Test
  void cancellingAbortsEveryRequestThenTheMultipartUpload() {
    ObjectUpload upload = start("big.bin", 48 * MIB);
    http.single().respond(200, INITIATED);
    storePart(openParts().get(0));
    List<Exchange> inFlight = openParts();
    assertEquals(4, inFlight.size());
    inFlight.get(0).progress(MIB);

    assertTrue(upload.cancel());
    assertEquals(UploadPhase.CANCELLED, upload.phase());
    for (Exchange part : inFlight) {
      assertTrue(part.isAborted());
    }
    assertEquals(ObjectUpload.Cleanup.RUNNING, upload.cleanup());
    Exchange abort = http.single();
    assertEquals("DELETE", abort.method());
    abort.respond(204, "");
    assertEquals(ObjectUpload.Cleanup.DONE, upload.cleanup());
    scheduler.runAll();
    assertTrue(http.open().isEmpty());
    assertFalse(upload.cancel());
  }

  @Test
  void cancellingWhileTheUploadStartsAbortsItOnceOssNamesIt() {
    ObjectUpload upload = start("big.bin", 12 * MIB);
    Exchange initiate = http.single();
    assertTrue(upload.cancel());
    assertFalse(initiate.isAborted());
    assertEquals(ObjectUpload.Cleanup.RUNNING, upload.cleanup());
    initiate.respond(200, INITIATED);
    assertTrue(openParts().isEmpty());
    Exchange abort = http.single();
    assertEquals("DELETE", abort.method());
    abort.respond(204, "");
    assertEquals(ObjectUpload.Cleanup.DONE, upload.cleanup());
  }

  @Test
  void cancellingAPutObjectLeavesNothingToCleanUp() {
    ObjectUpload upload = start("small.png", 1000);
    Exchange put = http.single();
    put.progress(500);
    assertTrue(upload.cancel());
    assertTrue(put.isAborted());
    assertEquals(ObjectUpload.Cleanup.NOT_NEEDED, upload.cleanup());
    assertTrue(http.open().isEmpty());
  }

  @Test
  void aPartThatFailsForGoodFailsTheUploadAndRemovesTheParts() {
    ObjectUpload upload = start("big.bin", 12 * MIB);
    http.single().respond(200, INITIATED);
    openParts().get(2).respond(403, "<Error><Code>AccessDenied</Code><Message>denied</Message>"
        + "<RequestId>R-7</RequestId></Error>");
    assertEquals(UploadPhase.FAILED, upload.phase());
    assertEquals("R-7", upload.failure().serviceError().requestId());
    Exchange abort = http.single();
    abort.respond(404, "<Error><Code>NoSuchUpload</Code></Error>");
    assertEquals(ObjectUpload.Cleanup.DONE, upload.cleanup());
    assertNull(upload.cleanupFailure());
  }

  @Test
  void filesShareTheTransferSlots() {
    start("a.bin", 48 * MIB);
    start("b.bin", 48 * MIB);
    for (Exchange initiate : http.open()) {
      initiate.respond(200, INITIATED);
    }
    assertEquals(4, openParts().size());
    assertTrue(openParts().stream().allMatch(part -> part.url().contains("/a.bin?")));
    storePart(openParts().get(0));
    assertEquals(4, openParts().size());
    assertEquals(1, openParts().stream().filter(part -> part.url().contains("/b.bin?")).count());
  }

  @Test
  void aRefusedTokenIsRenewedOnceForAllThePartsInFlight() {
    ObjectUpload upload = start("big.bin", 48 * MIB);
    http.single().respond(200, INITIATED);
    for (Exchange part : openParts()) {
      part.respond(403, "<Error><Code>SecurityTokenExpired</Code></Error>");
    }
    assertEquals(2, tokens.fetches());
    tokens.issue(Sessions.session("STS.2", scheduler.currentTimeMillis(), 900_000));
    assertEquals(4, openParts().size());
    while (!openParts().isEmpty()) {
      storePart(openParts().get(0));
    }
    http.single().respond(200, "");
    assertEquals(UploadPhase.UPLOADED, upload.phase());
    assertEquals(2, tokens.fetches());
  }
}
