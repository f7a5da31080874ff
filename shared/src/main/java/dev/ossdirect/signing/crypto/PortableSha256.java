package dev.ossdirect.signing.crypto;

/**
 * SHA-256 (FIPS 180-4) in plain Java, for the browser: GWT compiles {@link Sha256} to a call of this
 * class.
 *
 * <p>The message schedule is computed as the rounds need it, in the block's own sixteen words, as in
 * {@link PortableSha1}.
 */
final class PortableSha256 extends BlockDigest {

  /** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
  private static final int[] K = wordsOf(new int[] {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  });

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
    int[] h = state;
    h[0] = 0x6a09e667;
    h[1] = 0xbb67ae85;
    h[2] = 0x3c6ef372;
    h[3] = 0xa54ff53a;
    h[4] = 0x510e527f;
    h[5] = 0x9b05688c;
    h[6] = 0x1f83d9ab;
    h[7] = 0x5be0cd19;
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
