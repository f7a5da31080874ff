package dev.ossdirect.signing.codec;

/**
 * UTF-8 encoding in the browser: GWT compiles this file in place of the JVM's {@code Utf8Encoder}, which
 * calls the JDK, and runs the hand-written {@link Utf8#encodeByHand}.
 */
final class Utf8Encoder {

  private Utf8Encoder() {}

  /** The UTF-8 bytes of {@code text}, an unpaired surrogate written as {@code '?'}. */
  static byte[] encode(String text) {
    return Utf8.encodeByHand(text);
  }
}
