package dev.ossdirect.client.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.http.HttpResponse;
import dev.ossdirect.client.testing.ManualScheduler;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = new RetryPolicy(5, 500, 4_000);

  @Test
  void retriesOnlyWhatMayPassByItself() {
    assertTrue(policy.isTransient(HttpResponse.networkError()));
    assertTrue(policy.isTransient(HttpResponse.timedOut()));
    for (int status : new int[] {429, 500, 502, 503, 504}) {
      assertTrue(policy.isTransient(HttpResponse.received(status, "", name -> null)), "" + status);
    }
    for (int status : new int[] {200, 400, 403, 404, 409}) {
      assertFalse(policy.isTransient(HttpResponse.received(status, "", name -> null)), "" + status);
    }
  }

  @Test
  void delaysGrowExponentiallyUpToTheCapWithFullJitter() {
    assertEquals(499, policy.delayMillis(1, 0.999));
    assertEquals(999, policy.delayMillis(2, 0.999));
    assertEquals(1998, policy.delayMillis(3, 0.999));
    assertEquals(3996, policy.delayMillis(4, 0.999));
    assertEquals(3996, policy.delayMillis(30, 0.999));
    assertEquals(0, policy.delayMillis(3, 0.0));
    assertEquals(1000, policy.delayMillis(4, 0.25));
  }

  @Test
  void honoursRetryAfterUpToAMinute() {
    assertEquals(30_000, policy.retryAfterMillis(HttpResponse.received(429, "", Map.of("Retry-After", "30")::get)));
    assertEquals(60_000, policy.retryAfterMillis(HttpResponse.received(429, "", Map.of("Retry-After", "3600")::get)));
    assertEquals(0, policy.retryAfterMillis(HttpResponse.received(429, "", Map.of("Retry-After", "soon")::get)));
    assertEquals(0, policy.retryAfterMillis(HttpResponse.received(503, "", name -> null)));
  }

  @Test
  void readsRetryAfterAsWholeSecondsCappedAtAMinute() {
    assertEquals(59_000, retryAfter("59"));
    assertEquals(60_000, retryAfter("60"));
    assertEquals(60_000, retryAfter("61"));
    assertEquals(0, retryAfter("0"));
    assertEquals(7_000, retryAfter(" 7 "));
    assertEquals(60_000, retryAfter("99999999999999999999999999"));
  }

  @Test
  void ignoresARetryAfterThatIsNotWholeSeconds() {
    for (String header : new String[] {"", " ", "+5", "-5", "1.5", "5s", "Wed, 21 Oct 2015 07:28:00 GMT"}) {
      assertEquals(0, retryAfter(header), header);
    }
  }

  private long retryAfter(String header) {
    return policy.retryAfterMillis(HttpResponse.received(503, "", Map.of("Retry-After", header)::get));
  }

  @Test
  void aBudgetSpendsItsAttemptsThenStops() {
    ManualScheduler scheduler = new ManualScheduler(0);
    RetryBudget budget = new RetryBudget(policy, scheduler, () -> 0.5);
    int[] runs = {0};
    for (int i = 0; i < 4; i++) {
      assertTrue(budget.retry(() -> runs[0]++, 0));
      scheduler.runAll();
    }
    assertFalse(budget.retry(() -> runs[0]++, 0));
    assertEquals(4, runs[0]);
    assertEquals(5, budget.attempts());
    assertEquals(List.of(250L, 500L, 1000L, 2000L), scheduler.delays());
  }

  @Test
  void aBudgetWaitsAtLeastWhatTheServiceAsks() {
    ManualScheduler scheduler = new ManualScheduler(0);
    new RetryBudget(policy, scheduler, () -> 0.5).retry(() -> {}, 7_000);
    assertEquals(List.of(7_000L), scheduler.delays());
  }

  @Test
  void aCancelledBudgetRunsNothing() {
    ManualScheduler scheduler = new ManualScheduler(0);
    RetryBudget budget = new RetryBudget(policy, scheduler, () -> 0.5);
    boolean[] ran = {false};
    budget.retry(() -> ran[0] = true, 0);
    budget.cancel();
    scheduler.runAll();
    assertFalse(ran[0]);
  }
}
