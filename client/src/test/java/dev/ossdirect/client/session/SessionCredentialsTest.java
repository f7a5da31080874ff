package dev.ossdirect.client.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ossdirect.client.failure.Failure;
import dev.ossdirect.client.testing.ManualScheduler;
import dev.ossdirect.client.testing.ManualTokenSource;
import dev.ossdirect.client.testing.Recorder;
import dev.ossdirect.client.testing.Sessions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionCredentialsTest {

  private static final long LIFETIME = 900_000;

  private final ManualScheduler scheduler = new ManualScheduler(1_700_000_000_000L);
  private final ManualTokenSource tokens = new ManualTokenSource();
  private final SessionCredentials credentials = new SessionCredentials(tokens, scheduler, scheduler);

  private SessionConfig token(String id) {
    return Sessions.session(id, scheduler.currentTimeMillis(), LIFETIME);
  }

  @Test
  void concurrentCallersShareOneFetch() {
    List<Recorder<SessionConfig>> callers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Recorder<SessionConfig> caller = new Recorder<>();
      credentials.withFresh(caller);
      callers.add(caller);
    }
    assertEquals(1, tokens.fetches());
    SessionConfig first = token("STS.1");
    tokens.issue(first);
    for (Recorder<SessionConfig> caller : callers) {
      assertSame(first, caller.value());
      assertEquals(1, caller.calls());
    }
    Recorder<SessionConfig> later = new Recorder<>();
    credentials.withFresh(later);
    assertSame(first, later.value());
    assertEquals(1, tokens.fetches());
  }

  @Test
  void refreshesAtHalfTheRemainingLifetime() {
    credentials.withFresh(new Recorder<>());
    tokens.issue(token("STS.1"));
    scheduler.advance(LIFETIME / 2 - 1);
    assertEquals(1, tokens.fetches());
    scheduler.advance(1);
    assertEquals(2, tokens.fetches());
    SessionConfig second = token("STS.2");
    tokens.issue(second);
    assertSame(second, credentials.current());
  }

  @Test
  void refreshesBeforeUseWithinTheMarginWhenTheTimerCameLate() {
    credentials.withFresh(new Recorder<>());
    tokens.issue(Sessions.session("STS.1", scheduler.currentTimeMillis(), 50_000));
    Recorder<SessionConfig> caller = new Recorder<>();
    credentials.withFresh(caller);
    assertEquals(2, tokens.fetches());
    assertEquals(0, caller.calls());
    tokens.issue(token("STS.2"));
    assertEquals("STS.2", caller.value().credentials().accessKeyId());
  }

  @Test
  void partsRefusedTogetherCauseOneRefresh() {
    credentials.withFresh(new Recorder<>());
    SessionConfig rejected = token("STS.1");
    tokens.issue(rejected);

    List<Recorder<SessionConfig>> parts = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Recorder<SessionConfig> part = new Recorder<>();
      credentials.afterRejection(rejected, part);
      parts.add(part);
    }
    assertEquals(2, tokens.fetches());
    assertEquals(1, tokens.renewals());
    SessionConfig renewed = token("STS.2");
    tokens.issue(renewed);

    Recorder<SessionConfig> lateRefusal = new Recorder<>();
    credentials.afterRejection(rejected, lateRefusal);
    assertEquals(2, tokens.fetches());
    assertSame(renewed, lateRefusal.value());
    for (Recorder<SessionConfig> part : parts) {
      assertSame(renewed, part.value());
    }
  }

  @Test
  void aFailedFetchFailsItsWaitersAndTheNextCallTriesAgain() {
    Recorder<SessionConfig> caller = new Recorder<>();
    credentials.withFresh(caller);
    tokens.fail(Failure.of("down"));
    assertEquals("down", caller.failure().summary());
    credentials.withFresh(new Recorder<>());
    assertEquals(2, tokens.fetches());
  }

  @Test
  void aRefreshOnDemandReplacesTheScheduledOne() {
    credentials.withFresh(new Recorder<>());
    SessionConfig first = token("STS.1");
    tokens.issue(first);
    credentials.afterRejection(first, new Recorder<>());
    tokens.issue(token("STS.2"));
    assertEquals(1, scheduler.pendingTasks());
  }

  @Test
  void aRefusalRenewsRatherThanFetchingWhatTheServerWouldHandBack() {
    credentials.withFresh(new Recorder<>());
    SessionConfig refused = token("STS.1");
    tokens.issue(refused);
    Recorder<SessionConfig> retry = new Recorder<>();
    credentials.afterRejection(refused, retry);
    assertEquals(1, tokens.renewals());
    tokens.issue(token("STS.2"));
    assertEquals("STS.2", retry.value().credentials().accessKeyId());
  }

  @Test
  void aRefusalDuringAnOrdinaryFetchRenewsIfThatFetchBringsBackTheRefusedCredential() {
    credentials.withFresh(new Recorder<>());
    SessionConfig refused = token("STS.1");
    tokens.issue(refused);
    // The timer's refresh is under way when a part is refused.
    scheduler.advance(LIFETIME / 2);
    assertEquals(2, tokens.fetches());
    Recorder<SessionConfig> retry = new Recorder<>();
    credentials.afterRejection(refused, retry);
    assertEquals(0, tokens.renewals());
    tokens.issue(token("STS.1"));
    assertEquals(0, retry.calls());
    assertEquals(1, tokens.renewals());
    tokens.issue(token("STS.3"));
    assertEquals("STS.3", retry.value().credentials().accessKeyId());
  }

  @Test
  void aRefusalDuringAnOrdinaryFetchThatBringsANewCredentialUsesIt() {
    credentials.withFresh(new Recorder<>());
    SessionConfig refused = token("STS.1");
    tokens.issue(refused);
    scheduler.advance(LIFETIME / 2);
    Recorder<SessionConfig> retry = new Recorder<>();
    credentials.afterRejection(refused, retry);
    tokens.issue(token("STS.2"));
    assertEquals("STS.2", retry.value().credentials().accessKeyId());
    assertEquals(0, tokens.renewals());
    assertEquals(2, tokens.fetches());
  }
}
