package dev.ossdirect.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.client.call.ServiceCalls;
import dev.ossdirect.client.call.SigningClock;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.oss.OssRequests;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.SessionCredentials;
import dev.ossdirect.client.testing.ManualScheduler;
import dev.ossdirect.client.testing.ManualTokenSource;
import dev.ossdirect.client.testing.ScriptedHttp;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.client.testing.TestFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalProgressTest {

  private final ManualScheduler scheduler = new ManualScheduler(1_700_000_000_000L);
  private final ScriptedHttp http = new ScriptedHttp();
  private final ManualTokenSource tokens = new ManualTokenSource();
  private final SessionCredentials credentials = new SessionCredentials(tokens, scheduler, scheduler);
  private final Uploader uploader = new Uploader(
      new ServiceCalls(http, credentials, new SigningClock(scheduler), RetryPolicy.standard(), scheduler, () -> 0.5),
      new OssRequests(scheduler), new OssDialect("http://localhost"), new TransferSlots(4));

  @Test
  void aCancelledFileKeepsWhatItSentAndStopsCountingTheRest() {
    ObjectUpload first = uploader.create(new TestFile("a.png", "image/png", 1000), "k/a", "image/png", upload -> {});
    ObjectUpload second = uploader.create(new TestFile("b.png", "image/png", 3000), "k/b", "image/png", upload -> {});
    first.start();
    second.start();
    tokens.issue(Sessions.session("STS.a", scheduler.currentTimeMillis(), 900_000));
    http.open().get(0).progress(500);
    http.open().get(1).progress(1000);

    TotalProgress before = TotalProgress.of(List.of(first, second));
    assertEquals(1500, before.sentBytes());
    assertEquals(4000, before.totalBytes());
    assertEquals(37, before.percent());

    second.cancel();
    TotalProgress after = TotalProgress.of(List.of(first, second));
    assertEquals(1500, after.sentBytes());
    assertEquals(2000, after.totalBytes());
    assertEquals(75, after.percent());

    http.single().respond(200, "");
    TotalProgress done = TotalProgress.of(List.of(first, second));
    assertEquals(100, done.percent());
    assertEquals(1, done.uploadedCount());
    assertEquals(2, done.fileCount());
    assertEquals(1, done.stoppedCount());
  }
}
