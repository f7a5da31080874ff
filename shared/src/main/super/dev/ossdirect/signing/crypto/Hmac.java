package dev.ossdirect.signing.crypto;

/**
 * HMAC (RFC 2104) with SHA-1 and SHA-256 for the browser, which has no {@code javax.crypto}: GWT compiles
 * this file in place of the JVM's {@code Hmac}, with the same methods, and runs the hand-written
 * {@link PortableHmac}.
 */
public final class Hmac {

  private Hmac() {}

  /** HMAC-SHA1 of {@code message} under {@code key}. */
  public static byte[] sha1(byte[] key, byte[] message) {
    return PortableHmac.sha1(key, message);
  }

  /** HMAC-SHA256 of {@code message} under {@code key}. */
  public static byte[] sha256(byte[] key, byte[] message) {
    return PortableHmac.sha256(key, message);
  }
}
