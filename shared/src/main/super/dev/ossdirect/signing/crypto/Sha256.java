package dev.ossdirect.signing.crypto;

/**
 * SHA-256 (FIPS 180-4) for the browser, which has no {@code java.security}: GWT compiles this file in
 * place of the JVM's {@code Sha256}, with the same methods, and runs the hand-written
 * {@link PortableSha256}.
 */
public final class Sha256 {

  private Sha256() {}

  /** The SHA-256 of {@code input}. */
  public static byte[] hash(byte[] input) {
    return PortableSha256.hash(input);
  }
}
