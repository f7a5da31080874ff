package dev.ossdirect.signing.crypto;

import java.security.MessageDigest;

/**
 * SHA-1 (FIPS 180-4). Alibaba's RPC V1 and OSS V1 signatures are HMAC-SHA1.
 *
 * <p>On the JVM this is the JDK's {@link MessageDigest}; in the browser GWT compiles this class from the
 * super-source folder ({@code src/main/super}), which calls {@link PortableSha1}.
 */
public final class Sha1 {

  private static final ThreadLocal<MessageDigest> ENGINES = JdkEngines.digest("SHA-1");

  private Sha1() {}

  /** The SHA-1 of {@code input}. */
  public static byte[] hash(byte[] input) {
    return ENGINES.get().digest(input);
  }
}
