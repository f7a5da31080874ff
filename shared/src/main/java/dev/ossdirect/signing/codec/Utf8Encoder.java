package dev.ossdirect.signing.codec;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 encoding on the JVM: the JDK's, which copies ASCII text in bulk instead of char by char. Signing
 * encodes every string to sign and canonical request, so this is where the JVM's time went. GWT compiles
 * the super-source version of this class ({@code src/main/super}) instead, which keeps the browser on
 * {@link Utf8#encodeByHand}, the encoder that the compiled-JavaScript tests check against the JDK.
 */
final class Utf8Encoder {

  private Utf8Encoder() {}

  /** The UTF-8 bytes of {@code text}, an unpaired surrogate written as {@code '?'}. */
  static byte[] encode(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
