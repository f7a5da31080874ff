package dev.ossdirect.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.testing.ManualScheduler;
import dev.ossdirect.client.testing.Recorder;
import dev.ossdirect.client.testing.ScriptedHttp;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpTokenSourceTest {

  private final ManualScheduler scheduler = new ManualScheduler(1_700_000_000_000L);
  private final ScriptedHttp http = new ScriptedHttp();
  private final HttpTokenSource source =
      new HttpTokenSource(http, "api/sts-token", scheduler, new RetryPolicy(3, 100, 1_000), scheduler, () -> 0.5);

  @Test
  void readsTheSessionFromTheEndpoint() {
    Recorder<SessionConfig> result = new Recorder<>();
    source.fetch(result);
    ScriptedHttp.Exchange exchange = http.single();
    assertEquals("GET", exchange.method());
    assertEquals("api/sts-token", exchange.url());
    long now = scheduler.currentTimeMillis();
    exchange.respond(200, Sessions.json("STS.1", now + 900_000),
        Map.of("Date", UtcTimestamps.formatRfc1123(now)));
    assertEquals("STS.1", result.value().credentials().accessKeyId());
  }

  @Test
  void aRenewalAsksTheServerForANewToken() {
    Recorder<SessionConfig> result = new Recorder<>();
    source.renew(result);
    ScriptedHttp.Exchange exchange = http.single();
    assertEquals("GET", exchange.method());
    assertEquals("api/sts-token?renew=1", exchange.url());
    exchange.respond(200, Sessions.json("STS.2", scheduler.currentTimeMillis() + 900_000));
    assertEquals("STS.2", result.value().credentials().accessKeyId());
  }

  @Test
  void waitsAsLongAsTheRateLimiterAsks() {
    Recorder<SessionConfig> result = new Recorder<>();
    source.fetch(result);
    http.single().respond(429, "{\"Code\":\"TooManyRequests\",\"Message\":\"retry in 12 s\"}", Map.of("Retry-After", "12"));
    assertEquals(12_000L, scheduler.delays().get(0));
    scheduler.advance(12_000);
    http.single().respond(200, Sessions.json("STS.1", scheduler.currentTimeMillis() + 900_000));
    assertEquals("STS.1", result.value().credentials().accessKeyId());
  }

  @Test
  void reportsTheServersErrorOnceRetriesRunOut() {
    Recorder<SessionConfig> result = new Recorder<>();
    source.fetch(result);
    for (int i = 0; i < 3; i++) {
      http.single().respond(502, "{\"Code\":\"NoPermission\",\"Message\":\"You are not authorized\","
          + "\"RequestId\":\"REQ-9\"}");
      scheduler.runAll();
    }
    assertEquals(1, result.calls());
    assertTrue(result.failure().summary().contains("HTTP 502"));
    assertEquals("NoPermission", result.failure().serviceError().code());
    assertEquals("REQ-9", result.failure().serviceError().requestId());
  }

  @Test
  void aBrokenAnswerIsAFailureNotACrash() {
    Recorder<SessionConfig> result = new Recorder<>();
    source.fetch(result);
    http.single().respond(200, "<html>login</html>");
    assertTrue(result.failure().summary().contains("could not be read"));
  }
}
