package dev.ossdirect.signing.crypto;

import java.security.MessageDigest;

/**
 * SHA-256 (FIPS 180-4). ACS3 and OSS V4 hash canonical requests with it and sign with HMAC-SHA256.
 *
 * <p>On the JVM this is the JDK's {@link MessageDigest}, which uses the processor's SHA instructions where
 * it has them. The browser build has no {@code java.security}: there GWT compiles this class from the
 * super-source folder ({@code src/main/super}), which calls {@link PortableSha256}.
 */
public final class Sha256 {

  private static final ThreadLocal<MessageDigest> ENGINES = JdkEngines.digest("SHA-256");

  private Sha256() {}

  /** The SHA-256 of {@code input}. */
  public static byte[] hash(byte[] input) {
    return ENGINES.get().digest(input);
  }
}
