package dev.ossdirect.localcloud.auth;

/**
 * The 15 minutes, either way, that a signed request's date may be from the local clock: Alibaba Cloud's
 * RPC gateway ({@code InvalidTimeStamp.Expired}) and OSS ({@code RequestTimeTooSkewed}) both allow that
 * much skew. The same span is how long a signature nonce is remembered: a request older than the window is
 * refused for its date, so its nonce need not be held any longer.
 */
public final class RequestTimeWindow {

  /** How far a request's date may be from the local clock, either way: 15 minutes. */
  public static final long MILLIS = 15 * 60 * 1000L;

  private RequestTimeWindow() {}

  /** Whether a request dated {@code requestMillis} may be served at {@code nowMillis}: at most the window off. */
  public static boolean admits(long nowMillis, long requestMillis) {
    return Math.abs(nowMillis - requestMillis) <= MILLIS;
  }

  /**
   * Whether {@code requestMillis} is more than the window ahead of {@code nowMillis}: a signed URL or form
   * that is long-lived, and so may be old, but must not be dated in the future.
   */
  public static boolean isAhead(long nowMillis, long requestMillis) {
    return requestMillis - nowMillis > MILLIS;
  }
}
