package dev.ossdirect.signing.crypto;

import java.security.MessageDigest;

/**
 * MD5 (RFC 1321). Used for OSS's {@code Content-MD5} header and ETags, never as a signature.
 *
 * <p>On the JVM this is the JDK's {@link MessageDigest}; in the browser GWT compiles this class from the
 * super-source folder ({@code src/main/super}), which calls {@link PortableMd5}.
 */
public final class Md5 {

  private static final ThreadLocal<MessageDigest> ENGINES = JdkEngines.digest("MD5");

  private Md5() {}

  /** The MD5 of {@code input}. */
  public static byte[] hash(byte[] input) {
    return ENGINES.get().digest(input);
  }
}
