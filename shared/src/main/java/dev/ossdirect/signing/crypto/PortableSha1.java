package dev.ossdirect.signing.crypto;

/**
 * SHA-1 (FIPS 180-4) in plain Java, for the browser: GWT compiles {@link Sha1} to a call of this class.
 *
 * <p>The eighty rounds are loops by round function, so that no round tests which function it is in, and
 * the message schedule is computed as the rounds need it in the block's own sixteen words, which later
 * words overwrite: sixteen array elements instead of eighty, which made a block half as fast in V8.
 * Choose and majority are written with one operation fewer than FIPS 180-4 writes them, to the same
 * values: {@code d ^ (b & (c ^ d))} and {@code (b & c) | (d & (b | c))}.
 */
final class PortableSha1 extends BlockDigest {

  PortableSha1() {
    super(5);
  }

  /** The SHA-1 of {@code input}. */
  static byte[] hash(byte[] input) {
    PortableSha1 sha1 = new PortableSha1();
    sha1.update(input);
    return sha1.digest();
  }

  @Override
  void resetState() {
    state[0] = 0x67452301;
    state[1] = 0xefcdab89;
    state[2] = 0x98badcfe;
    state[3] = 0x10325476;
    state[4] = 0xc3d2e1f0;
  }

  @Override
  void processBlock(int[] block) {
    int[] w = block;
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    int e = state[4];
    int t = 0;
    for (; t < 16; t++) {
      int temp = (rotateLeft(a, 5) + (d ^ (b & (c ^ d))) + e + 0x5a827999 + w[t]) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    for (; t < 20; t++) {
      int temp = (rotateLeft(a, 5) + (d ^ (b & (c ^ d))) + e + 0x5a827999 + schedule(w, t)) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    for (; t < 40; t++) {
      int temp = (rotateLeft(a, 5) + (b ^ c ^ d) + e + 0x6ed9eba1 + schedule(w, t)) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    for (; t < 60; t++) {
      int temp = (rotateLeft(a, 5) + ((b & c) | (d & (b | c))) + e + 0x8f1bbcdc + schedule(w, t)) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    for (; t < 80; t++) {
      int temp = (rotateLeft(a, 5) + (b ^ c ^ d) + e + 0xca62c1d6 + schedule(w, t)) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    state[0] = (state[0] + a) | 0;
    state[1] = (state[1] + b) | 0;
    state[2] = (state[2] + c) | 0;
    state[3] = (state[3] + d) | 0;
    state[4] = (state[4] + e) | 0;
  }

  /** Word {@code t} (16 to 79) of the message schedule, written over word {@code t - 16} in {@code w}. */
  private static int schedule(int[] w, int t) {
    int word = rotateLeft(w[(t - 3) & 15] ^ w[(t - 8) & 15] ^ w[(t - 14) & 15] ^ w[t & 15], 1);
    w[t & 15] = word;
    return word;
  }
}
