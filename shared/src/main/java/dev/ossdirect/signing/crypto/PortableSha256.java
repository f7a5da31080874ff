package dev.ossdirect.signing.crypto;

/**
 * SHA-256 (FIPS 180-4) in plain Java, for the browser: GWT compiles {@link Sha256} to a call of this
 * class.
 *
 * <p>The message schedule is computed as the rounds need it, in the block's own sixteen words, as in
 * {@link PortableSha1}.
 */
final class PortableSha256 extends BlockDigest {

  private static final double TWO_TO_32 = 4294967296.0;
  private static final double TWO_TO_31 = 2147483648.0;

  /**
   * The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64
   * primes (FIPS 180-4, 4.2.2), computed from that definition rather than written out, which would cost
   * the browser's script 64 numbers.
   */
  private static final int[] K = wordsOf(fractionBitsOfPrimeRoots(64, 3));

  /**
   * The initial hash value: the first 32 bits of the fractional parts of the square roots of the first 8
   * primes (FIPS 180-4, 5.3.3).
   */
  private static final int[] INITIAL_HASH = fractionBitsOfPrimeRoots(8, 2);

  PortableSha256() {
    super(8);
  }

  /** The SHA-256 of {@code input}. */
  static byte[] hash(byte[] input) {
    PortableSha256 sha256 = new PortableSha256();
    sha256.update(input);
    return sha256.digest();
  }

  @Override
  void resetState() {
    copyWords(INITIAL_HASH, state);
  }

  @Override
  void processBlock(int[] block) {
    int[] w = block;
    int[] h = state;
    int a = h[0];
    int b = h[1];
    int c = h[2];
    int d = h[3];
    int e = h[4];
    int f = h[5];
    int g = h[6];
    int hh = h[7];
    for (int t = 0; t < 64; t++) {
      int sum1 = rotateRight(e, 6) ^ rotateRight(e, 11) ^ rotateRight(e, 25);
      int choose = (e & f) ^ (~e & g);
      int temp1 = (hh + sum1 + choose + K[t] + (t < 16 ? w[t] : schedule(w, t))) | 0;
      int sum0 = rotateRight(a, 2) ^ rotateRight(a, 13) ^ rotateRight(a, 22);
      int majority = (a & b) ^ (a & c) ^ (b & c);
      int temp2 = (sum0 + majority) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + temp1) | 0;
      d = c;
      c = b;
      b = a;
      a = (temp1 + temp2) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + hh) | 0;
  }

  /**
   * The first 32 bits of the fractional part of the square ({@code degree} 2) or cube ({@code degree} 3)
   * root of each of the first {@code count} primes. A double holds such a root (below 8) to within 2^-50,
   * and the JavaScript engines' {@code Math.sqrt} and {@code Math.cbrt} are as exact to a few units of
   * the last place; each of these fractions is more than 2^-8 of a 32-bit step away from a whole step
   * ({@code PortableSha256Test} checks the values and that margin), so no rounding reaches bit 32.
   */
  static int[] fractionBitsOfPrimeRoots(int count, int degree) {
    int[] words = new int[count];
    int found = 0;
    for (int n = 2; found < count; n++) {
      if (isPrime(n)) {
        double root = degree == 2 ? Math.sqrt(n) : Math.cbrt(n);
        double bits = Math.floor((root - Math.floor(root)) * TWO_TO_32);
        // bits is below 2^32: shifted into int's range, then its top bit set back.
        words[found++] = (int) (bits - TWO_TO_31) ^ Integer.MIN_VALUE;
      }
    }
    return words;
  }

  private static boolean isPrime(int n) {
    for (int divisor = 2; divisor * divisor <= n; divisor++) {
      if (n % divisor == 0) {
        return false;
      }
    }
    return true;
  }

  /** Word {@code t} (16 to 63) of the message schedule, written over word {@code t - 16} in {@code w}. */
  private static int schedule(int[] w, int t) {
    int w15 = w[(t - 15) & 15];
    int w2 = w[(t - 2) & 15];
    int s0 = rotateRight(w15, 7) ^ rotateRight(w15, 18) ^ (w15 >>> 3);
    int s1 = rotateRight(w2, 17) ^ rotateRight(w2, 19) ^ (w2 >>> 10);
    int word = (w[t & 15] + s0 + w[(t - 7) & 15] + s1) | 0;
    w[t & 15] = word;
    return word;
  }
}
