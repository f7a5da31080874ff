package dev.ossdirect.client.call;

import dev.ossdirect.signing.Clock;

/**
 * The time requests are signed with: the browser's clock, corrected by the offset to the cloud's clock
 * once a service has said that the browser's is wrong.
 *
 * <p>OSS refuses a request dated more than 15 minutes off its own clock ({@code RequestTimeTooSkewed}),
 * and a computer's clock can be that wrong. The service's answer tells its time; from then on every
 * signature, of every upload and every IMM call, uses the corrected time.
 */
public final class SigningClock implements Clock {

  private final Clock local;
  private long offsetMillis;

  public SigningClock(Clock local) {
    this.local = local;
  }

  @Override
  public long currentTimeMillis() {
    return local.currentTimeMillis() + offsetMillis;
  }

  /** Sets the offset so that this clock reads {@code serverTimeMillis} now. */
  public void correctTo(long serverTimeMillis) {
    offsetMillis = serverTimeMillis - local.currentTimeMillis();
  }
}
