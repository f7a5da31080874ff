package dev.ossdirect.signing.crypto;

/**
 * SHA-1 (FIPS 180-4) for the browser, which has no {@code java.security}: GWT compiles this file in
 * place of the JVM's {@code Sha1}, with the same methods, and runs the hand-written
 * {@link PortableSha1}.
 */
public final class Sha1 {

  private Sha1() {}

  /** The SHA-1 of {@code input}. */
  public static byte[] hash(byte[] input) {
    return PortableSha1.hash(input);
  }
}
