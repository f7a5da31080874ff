package dev.ossdirect.localcloud;

import dev.ossdirect.signing.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** The real time plus an offset that a test can move, to expire tokens or skew requests. */
public final class TestClock implements Clock {

  private final AtomicLong offsetMillis = new AtomicLong();

  @Override
  public long currentTimeMillis() {
    return System.currentTimeMillis() + offsetMillis.get();
  }

  /** Moves this clock {@code millis} ahead of real time (behind if negative). */
  public void setOffset(long millis) {
    offsetMillis.set(millis);
  }
}
