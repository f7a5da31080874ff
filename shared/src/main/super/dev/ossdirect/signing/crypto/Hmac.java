package dev.ossdirect.signing.crypto;

/**
 * HMAC (RFC 2104) with SHA-1 and SHA-256 for the browser, which has no {@code javax.crypto}: GWT compiles
 * this file in place of the JVM's {@code Hmac}, with the same methods, and runs the hand-written
 * {@link PortableHmac}, keeping each algorithm's last key ready ({@link LastKeyHmacs}).
 */
public final class Hmac {

  private static final LastKeyHmacs MACS = new LastKeyHmacs();

  private Hmac() {}

  /** HMAC-SHA1 of {@code message} under {@code key}. */
  public static byte[] sha1(byte[] key, byte[] message) {
    return MACS.sha1(key).mac(message);
  }

  /** HMAC-SHA1 of the UTF-8 bytes of {@code message} under {@code key}. */
  public static byte[] sha1OfUtf8(byte[] key, String message) {
    return MACS.sha1(key).macOfUtf8(message);
  }

  /** HMAC-SHA256 of {@code message} under {@code key}. */
  public static byte[] sha256(byte[] key, byte[] message) {
    return MACS.sha256(key).mac(message);
  }

  /** HMAC-SHA256 of the UTF-8 bytes of {@code message} under {@code key}. */
  public static byte[] sha256OfUtf8(byte[] key, String message) {
    return MACS.sha256(key).macOfUtf8(message);
  }
}
