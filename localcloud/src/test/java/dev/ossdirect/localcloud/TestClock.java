package dev.ossdirect.localcloud;

import dev.ossdirect.signing.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real time plus an offset that a test can move, to expire tokens or skew requests; or, for a test of
 * an exact instant, a time that stands still.
 */
public final class TestClock implements Clock {

  private static final long RUNNING = Long.MIN_VALUE;

  private final AtomicLong offsetMillis = new AtomicLong();
  private final AtomicLong frozenAtMillis = new AtomicLong(RUNNING);

  @Override
  public long currentTimeMillis() {
    long frozen = frozenAtMillis.get();
    return frozen != RUNNING ? frozen : System.currentTimeMillis() + offsetMillis.get();
  }

  /** Moves this clock {@code millis} ahead of real time (behind if negative), and lets it run. */
  public void setOffset(long millis) {
    offsetMillis.set(millis);
    frozenAtMillis.set(RUNNING);
  }

  /** Stops this clock at {@code epochMillis}, until {@link #setOffset} lets it run again. */
  public void freezeAt(long epochMillis) {
    frozenAtMillis.set(epochMillis);
  }
}
