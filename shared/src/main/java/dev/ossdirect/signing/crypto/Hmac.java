package dev.ossdirect.signing.crypto;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC (RFC 2104) with SHA-1 and SHA-256.
 *
 * <p>On the JVM this is the JDK's {@link Mac}, one per thread and algorithm, given each call's key; in the
 * browser GWT compiles this class from the super-source folder ({@code src/main/super}), which calls
 * {@link PortableHmac}.
 */
public final class Hmac {

  private static final String HMAC_SHA1 = "HmacSHA1";
  private static final String HMAC_SHA256 = "HmacSHA256";
  private static final ThreadLocal<Mac> SHA1_ENGINES = JdkEngines.mac(HMAC_SHA1);
  private static final ThreadLocal<Mac> SHA256_ENGINES = JdkEngines.mac(HMAC_SHA256);
  /**
   * Stands for an empty key, which {@link SecretKeySpec} refuses: HMAC pads a short key with zeros to
   * the block length, so the empty key and a single zero byte are the same key.
   */
  private static final byte[] EMPTY_KEY = new byte[1];

  private Hmac() {}

  /** HMAC-SHA1 of {@code message} under {@code key}. */
  public static byte[] sha1(byte[] key, byte[] message) {
    return compute(SHA1_ENGINES.get(), HMAC_SHA1, key, message);
  }

  /**
   * HMAC-SHA1 of the UTF-8 bytes of {@code message} under {@code key}, an unpaired surrogate written as
   * {@code '?'}. The browser's version feeds the text to the hash without making those bytes.
   */
  public static byte[] sha1OfUtf8(byte[] key, String message) {
    return sha1(key, message.getBytes(StandardCharsets.UTF_8));
  }

  /** HMAC-SHA256 of {@code message} under {@code key}. */
  public static byte[] sha256(byte[] key, byte[] message) {
    return compute(SHA256_ENGINES.get(), HMAC_SHA256, key, message);
  }

  /** Like {@link #sha1OfUtf8}, with SHA-256. */
  public static byte[] sha256OfUtf8(byte[] key, String message) {
    return sha256(key, message.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] compute(Mac mac, String algorithm, byte[] key, byte[] message) {
    try {
      mac.init(new SecretKeySpec(key.length == 0 ? EMPTY_KEY : key, algorithm));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(algorithm + " refused a raw key", e);
    }
    return mac.doFinal(message);
  }
}
