package dev.ossdirect.client.retry;

import dev.ossdirect.client.http.HttpResponse;

/**
 * When and how soon to try a request again.
 *
 * <p>Only failures that may pass by themselves are retried: no response (network error, timeout), 429
 * (throttled) and 5xx (the service's own trouble). Anything else, such as 403 AccessDenied, would fail the
 * same way again.
 *
 * <p>The delays grow exponentially with "full jitter": before retry {@code n} (1-based) wait a uniformly
 * random time between 0 and {@code min(maxDelay, baseDelay * 2^(n-1))}. The randomness spreads out
 * requests that failed together (every part of an upload when the network drops), so that they do not
 * all come back at the same moment.
 */
public final class RetryPolicy {

  /** A longer {@code Retry-After} is not waited for: the person would think the page had hung. */
  private static final long MAX_RETRY_AFTER_MILLIS = 60_000;

  private final int maxAttempts;
  private final long baseDelayMillis;
  private final long maxDelayMillis;

  /**
   * @param maxAttempts how many times a request is sent at most, the first time included
   * @param baseDelayMillis the ceiling of the first delay
   * @param maxDelayMillis the largest ceiling
   */
  public RetryPolicy(int maxAttempts, long baseDelayMillis, long maxDelayMillis) {
    if (maxAttempts < 1 || baseDelayMillis < 0 || maxDelayMillis < baseDelayMillis) {
      throw new IllegalArgumentException("Invalid retry policy");
    }
    this.maxAttempts = maxAttempts;
    this.baseDelayMillis = baseDelayMillis;
    this.maxDelayMillis = maxDelayMillis;
  }

  /** Six attempts over about half a minute at worst: enough for a dropped connection or a busy service. */
  public static RetryPolicy standard() {
    return new RetryPolicy(6, 500, 10_000);
  }

  public int maxAttempts() {
    return maxAttempts;
  }

  /** Whether {@code response} may well succeed if the request is sent again. */
  public boolean isTransient(HttpResponse response) {
    if (!response.isReceived()) {
      return true;
    }
    int status = response.status();
    return status == 429 || (status >= 500 && status <= 599);
  }

  /** The delay before retry {@code retry} (1 for the first retry), for {@code random} in [0, 1). */
  public long delayMillis(int retry, double random) {
    double ceiling = baseDelayMillis;
    for (int i = 1; i < retry && ceiling < maxDelayMillis; i++) {
      ceiling *= 2;
    }
    return (long) (random * Math.min(ceiling, maxDelayMillis));
  }

  /**
   * The wait a response asks for in its {@code Retry-After} header, up to a minute; 0 when it asks for
   * none, or gives anything but the whole seconds HTTP defines ({@code 1*DIGIT}: no sign, no date). A
   * cross-origin response shows the header only if CORS exposes it. The digits are read here, capped as
   * they come, rather than by {@code Long.parseLong}, whose emulation the browser's script would carry
   * for this one header, and which refuses a number of seconds too large for a {@code long}.
   */
  public long retryAfterMillis(HttpResponse response) {
    String header = response.header("Retry-After");
    String seconds = header == null ? "" : header.trim();
    double millis = 0;
    for (int i = 0; i < seconds.length(); i++) {
      char digit = seconds.charAt(i);
      if (digit < '0' || digit > '9') {
        return 0;
      }
      millis = Math.min(MAX_RETRY_AFTER_MILLIS, millis * 10 + (digit - '0') * 1000);
    }
    return (long) millis;
  }
}
