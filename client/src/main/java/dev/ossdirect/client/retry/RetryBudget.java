package dev.ossdirect.client.retry;

import dev.ossdirect.client.async.Cancellable;
import dev.ossdirect.client.async.Scheduler;
import java.util.function.DoubleSupplier;

/**
 * The retries one request has left, and the timer of the next one. A request starts with one attempt
 * made; each {@link #retry} spends one more, after the policy's backoff delay.
 */
public final class RetryBudget {

  private final RetryPolicy policy;
  private final Scheduler scheduler;
  private final DoubleSupplier random;
  private int attempts = 1;
  private Cancellable timer;

  /** A budget following {@code policy}, waiting with {@code scheduler}, jittered by {@code random}. */
  public RetryBudget(RetryPolicy policy, Scheduler scheduler, DoubleSupplier random) {
    this.policy = policy;
    this.scheduler = scheduler;
    this.random = random;
  }

  /**
   * Runs {@code attempt} after the backoff delay, or after {@code minimumDelayMillis} if that is longer
   * (a service's {@code Retry-After}). Returns {@code false}, and runs nothing, when no attempt is left.
   */
  public boolean retry(Runnable attempt, long minimumDelayMillis) {
    if (attempts >= policy.maxAttempts()) {
      return false;
    }
    long delay = Math.max(minimumDelayMillis, policy.delayMillis(attempts, random.getAsDouble()));
    attempts++;
    timer = scheduler.schedule(delay, () -> {
      timer = null;
      attempt.run();
    });
    return true;
  }

  /** How many attempts were made or scheduled. */
  public int attempts() {
    return attempts;
  }

  /** Stops a scheduled retry. */
  public void cancel() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }
}
