package dev.ossdirect.signing;

import dev.ossdirect.signing.time.UtcTimestamps;

/**
 * An Alibaba Cloud AccessKey pair, optionally with the security token and expiry of a temporary (STS)
 * credential.
 *
 * <p>{@link #toString()} never shows the secret or the token, so a credential can be logged safely.
 */
public final class Credentials {

  private final String accessKeyId;
  private final String accessKeySecret;
  private final String securityToken;
  /**
   * Meaningful only for a temporary credential. A primitive: a boxed {@code Long} would bring GWT's
   * {@code long} division into the browser's script, for its text.
   */
  private final long expirationMillis;

  private Credentials(
      String accessKeyId, String accessKeySecret, String securityToken, long expirationMillis) {
    if (accessKeyId == null || accessKeyId.isEmpty()) {
      throw new IllegalArgumentException("accessKeyId is required");
    }
    if (accessKeySecret == null || accessKeySecret.isEmpty()) {
      throw new IllegalArgumentException("accessKeySecret is required");
    }
    this.accessKeyId = accessKeyId;
    this.accessKeySecret = accessKeySecret;
    this.securityToken = securityToken == null || securityToken.isEmpty() ? null : securityToken;
    this.expirationMillis = expirationMillis;
  }

  /** A long-term AccessKey pair that does not expire. */
  public static Credentials of(String accessKeyId, String accessKeySecret) {
    return new Credentials(accessKeyId, accessKeySecret, null, 0);
  }

  /** A temporary credential issued by STS, valid until {@code expirationMillis} (epoch milliseconds). */
  public static Credentials temporary(
      String accessKeyId, String accessKeySecret, String securityToken, long expirationMillis) {
    if (securityToken == null || securityToken.isEmpty()) {
      throw new IllegalArgumentException("securityToken is required for temporary credentials");
    }
    return new Credentials(accessKeyId, accessKeySecret, securityToken, expirationMillis);
  }

  public String accessKeyId() {
    return accessKeyId;
  }

  public String accessKeySecret() {
    return accessKeySecret;
  }

  /** The STS security token, or {@code null} for a long-term key. */
  public String securityToken() {
    return securityToken;
  }

  /** Whether this is an STS credential that carries a security token. */
  public boolean isTemporary() {
    return securityToken != null;
  }

  /**
   * The expiry of a temporary credential in epoch milliseconds. A long-term key does not expire: asking
   * for its expiry throws {@link IllegalStateException}.
   */
  public long expirationMillis() {
    if (!isTemporary()) {
      throw new IllegalStateException("A long-term AccessKey does not expire");
    }
    return expirationMillis;
  }

  /** Whether the credential has expired, or will within {@code seconds}, by {@code clock}. */
  public boolean expiresWithin(long seconds, Clock clock) {
    if (!isTemporary()) {
      return false;
    }
    return expirationMillis - clock.currentTimeMillis() <= seconds * 1000L;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) other;
    return accessKeyId.equals(that.accessKeyId)
        && accessKeySecret.equals(that.accessKeySecret)
        && (securityToken == null ? that.securityToken == null : securityToken.equals(that.securityToken))
        && expirationMillis == that.expirationMillis;
  }

  @Override
  public int hashCode() {
    return accessKeyId.hashCode();
  }

  @Override
  public String toString() {
    return "Credentials{accessKeyId=" + accessKeyId
        + (isTemporary() ? ", temporary, expires=" + UtcTimestamps.formatIso8601Millis(expirationMillis) : "")
        + "}";
  }
}
