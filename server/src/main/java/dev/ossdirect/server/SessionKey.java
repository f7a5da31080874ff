package dev.ossdirect.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that makes session ids the server's own. A session cookie carries a random id and a MAC of
 * that id under this key, so a browser cannot pick an id of its own choosing (session fixation), nor take
 * over a session whose id it has seen in an object key, since the id alone is no longer a valid cookie.
 *
 * <p>Every instance that serves the same visitors needs the same key, or each one replaces the sessions
 * the others issued. It is a secret: {@link #toString()} hides it, and nothing logs or returns it.
 */
public final class SessionKey {

  /** The fewest bytes a key may have: as many as HMAC-SHA256's output, so the key is never the weak part. */
  public static final int MIN_BYTES = 32;

  /** The MAC is HMAC-SHA256 truncated to this many bytes (128 bits), enough that it cannot be guessed. */
  private static final int MAC_BYTES = 16;

  private static final String ALGORITHM = "HmacSHA256";

  /**
   * Prepended to the id before it is MACed, so that a MAC made with this key for any other purpose can
   * never pass as a session's.
   */
  private static final byte[] CONTEXT = "ossdirect-session:".getBytes(StandardCharsets.US_ASCII);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  /**
   * A MAC under this key for each thread, made once: every request with a session cookie checks its MAC,
   * and looking the algorithm up and keying it again each time cost more than computing it. A {@link Mac}
   * is not thread-safe, and {@link Mac#doFinal} leaves it ready for the next id.
   */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  private SessionKey(byte[] bytes) {
    this.key = new SecretKeySpec(bytes, ALGORITHM);
  }

  /** A new random key, for a single instance that nobody configured a key for. */
  public static SessionKey random() {
    byte[] bytes = new byte[MIN_BYTES];
    RANDOM.nextBytes(bytes);
    return new SessionKey(bytes);
  }

  /**
   * The key written as {@code text}: hex when it has only hex digits (an even number of them), base64
   * (standard or URL-safe, padding optional) otherwise; at least {@link #MIN_BYTES} bytes either way.
   *
   * @throws IllegalArgumentException when it is neither, or too short; the message never repeats the text
   */
  public static SessionKey parse(String text) {
    String trimmed = text.trim();
    byte[] bytes;
    if (!trimmed.isEmpty() && trimmed.length() % 2 == 0 && trimmed.chars().allMatch(HexFormat::isHexDigit)) {
      bytes = HexFormat.of().parseHex(trimmed);
    } else {
      try {
        bytes = (trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0 ? Base64.getUrlDecoder() : Base64.getDecoder())
            .decode(trimmed);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("neither hex nor base64");
      }
    }
    if (bytes.length < MIN_BYTES) {
      throw new IllegalArgumentException(bytes.length + " bytes, fewer than " + MIN_BYTES);
    }
    return new SessionKey(bytes);
  }

  /** The MAC of session {@code id}, in lower-case hex. */
  public String mac(String id) {
    return HexFormat.of().formatHex(macBytes(id));
  }

  /** Whether {@code mac} is the MAC of {@code id}, compared in constant time. */
  public boolean verifies(String id, String mac) {
    byte[] given;
    try {
      given = HexFormat.of().parseHex(mac);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(macBytes(id), given);
  }

  private byte[] macBytes(String id) {
    Mac mac = macs.get();
    mac.update(CONTEXT);
    byte[] full = mac.doFinal(id.getBytes(StandardCharsets.US_ASCII));
    return Arrays.copyOf(full, MAC_BYTES);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return "SessionKey{hidden}";
  }
}
