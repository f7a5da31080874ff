package dev.ossdirect.signing.crypto;

/**
 * MD5 (RFC 1321) for the browser, which has no {@code java.security}: GWT compiles this file in
 * place of the JVM's {@code Md5}, with the same methods, and runs the hand-written
 * {@link PortableMd5}.
 */
public final class Md5 {

  private Md5() {}

  /** The MD5 of {@code input}. */
  public static byte[] hash(byte[] input) {
    return PortableMd5.hash(input);
  }
}
