package dev.ossdirect.signing;

/**
 * A source of cryptographically strong random bytes, injected by the platform: {@code SecureRandom} on the
 * JVM, {@code crypto.getRandomValues} in the browser.
 */
@FunctionalInterface
public interface RandomSource {

  /** Fills {@code bytes} with random values. */
  void nextBytes(byte[] bytes);
}
