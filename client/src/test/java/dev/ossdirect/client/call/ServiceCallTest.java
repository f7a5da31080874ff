package dev.ossdirect.client.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.http.HttpRequest;
import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.oss.OssDialect;
import dev.ossdirect.client.retry.RetryPolicy;
import dev.ossdirect.client.session.SessionCredentials;
import dev.ossdirect.client.testing.ManualScheduler;
import dev.ossdirect.client.testing.ManualTokenSource;
import dev.ossdirect.client.testing.Recorder;
import dev.ossdirect.client.testing.ScriptedHttp;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceCallTest {

  private final ManualScheduler scheduler = new ManualScheduler(1_700_000_000_000L);
  private final ScriptedHttp http = new ScriptedHttp();
  private final ManualTokenSource tokens = new ManualTokenSource();
  private final SigningClock clock = new SigningClock(scheduler);
  private final ServiceCalls calls = new ServiceCalls(http, new SessionCredentials(tokens, scheduler, scheduler),
      clock, new RetryPolicy(4, 100, 1_000), scheduler, () -> 0.5);
  private final OssDialect dialect = new OssDialect("http://localhost:8080");
  private final List<Long> signedAt = new ArrayList<>();
  private final Recorder<HttpResponse> result = new Recorder<>();

  @BeforeEach
  void start() {
    calls.create(dialect, session -> {
      signedAt.add(clock.currentTimeMillis());
      return HttpRequest.builder("PUT", "https://oss/" + session.credentials().accessKeyId()).build();
    }, null, result).start();
    tokens.issue(Sessions.session("STS.1", scheduler.currentTimeMillis(), 900_000));
  }

  private static String error(String code) {
    return "<Error><Code>" + code + "</Code><Message>m</Message><RequestId>R</RequestId></Error>";
  }

  @Test
  void retriesTransientFailuresWithBackoff() {
    http.single().failNetwork();
    scheduler.runAll();
    http.single().respond(503, error("ServiceUnavailable"));
    scheduler.runAll();
    http.single().timeOut();
    scheduler.runAll();
    http.single().respond(200, "");
    assertEquals(200, result.value().status());
    assertEquals(List.of(50L, 100L, 200L), scheduler.delays().subList(1, 4));
  }

  @Test
  void givesUpWhenTheAttemptsRunOut() {
    for (int i = 0; i < 4; i++) {
      http.single().respond(500, error("InternalError"));
      scheduler.runAll();
    }
    assertEquals(4, http.all().size());
    assertEquals("InternalError", result.failure().serviceError().code());
    assertEquals(1, result.calls());
  }

  @Test
  void doesNotRetryARefusal() {
    http.single().respond(403, error("AccessDenied"));
    assertEquals(1, http.all().size());
    assertEquals("AccessDenied", result.failure().serviceError().code());
  }

  @Test
  void renewsARefusedCredentialOnceAndSendsAgain() {
    http.single().respond(403, error("SecurityTokenExpired"));
    assertEquals(2, tokens.fetches());
    tokens.issue(Sessions.session("STS.2", scheduler.currentTimeMillis(), 900_000));
    ScriptedHttp.Exchange retry = http.single();
    assertEquals("https://oss/STS.2", retry.url());
    retry.respond(403, error("InvalidSecurityToken"));
    assertEquals(2, tokens.fetches());
    assertEquals("InvalidSecurityToken", result.failure().serviceError().code());
  }

  @Test
  void setsTheSigningClockFromTheDateHeaderOfASkewedRequest() {
    long serverTime = scheduler.currentTimeMillis() + 3_600_000;
    http.single().respond(403, error("RequestTimeTooSkewed"),
        Map.of("Date", UtcTimestamps.formatRfc1123(serverTime)));
    assertEquals(serverTime, clock.currentTimeMillis());
    assertEquals(serverTime, (long) signedAt.get(1));
    http.single().respond(200, "");
    assertEquals(200, result.value().status());
  }

  @Test
  void fallsBackToTheServerTimeInTheBodyWhenCorsHidesTheDate() {
    http.single().respond(403, "<Error><Code>RequestTimeTooSkewed</Code><ServerTime>2030-01-01T00:00:00.000Z"
        + "</ServerTime></Error>");
    assertEquals(UtcTimestamps.parseIso8601("2030-01-01T00:00:00Z"), clock.currentTimeMillis());
    assertEquals(2, http.all().size());
  }

  @Test
  void aCancelledCallAbortsItsRequestAndStaysSilent() {
    ServiceCall call = calls.create(dialect, session -> HttpRequest.builder("PUT", "https://oss/x").build(), null,
        new Recorder<>());
    call.start();
    ScriptedHttp.Exchange exchange = http.open(ScriptedHttp.matching("PUT", "/x")).get(0);
    call.cancel();
    assertTrue(exchange.isAborted());
  }

  @Test
  void aCancelledRetryIsNeverSent() {
    Recorder<HttpResponse> quiet = new Recorder<>();
    ServiceCall call = calls.create(dialect, session -> HttpRequest.builder("PUT", "https://oss/y").build(), null, quiet);
    call.start();
    http.open(ScriptedHttp.matching("PUT", "/y")).get(0).failNetwork();
    call.cancel();
    scheduler.runAll();
    assertEquals(0, http.open(ScriptedHttp.matching("PUT", "/y")).size());
    assertEquals(0, quiet.calls());
  }
}
