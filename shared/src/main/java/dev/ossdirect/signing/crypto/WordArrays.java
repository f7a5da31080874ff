package dev.ossdirect.signing.crypto;

/**
 * Makes the arrays of 32-bit words the hand-written hashes compute in: their chaining values and their
 * blocks. On the JVM these are plain {@code int[]}s; in the browser GWT compiles the super-source
 * version ({@code src/main/super}), which makes them JavaScript {@code Int32Array}s.
 *
 * <p>Why: GWT compiles an {@code int[]} to a JavaScript array, and where V8 compresses pointers (as in
 * Chrome) a number in such an array is a small integer only up to 2<sup>30</sup>. Hash words use all 32
 * bits, so their arrays turned into arrays of doubles, each word read and written through a conversion;
 * an {@code Int32Array} holds exactly Java's {@code int}s, and made SHA-1 more than twice as fast in
 * headless Chromium. Node does not compress pointers, which is why it had not shown there.
 *
 * <p>An {@code Int32Array} is not a JavaScript array: nothing may copy these with
 * {@code System.arraycopy} or {@code Arrays.copyOf}, which GWT implements with {@code Array.splice};
 * {@link BlockDigest#copyWords} copies them element by element.
 */
final class WordArrays {

  private WordArrays() {}

  /** A new array of {@code length} zero words. */
  static int[] zeros(int length) {
    return new int[length];
  }
}
