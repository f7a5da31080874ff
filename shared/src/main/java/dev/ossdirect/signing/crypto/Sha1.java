package dev.ossdirect.signing.crypto;

/** SHA-1 (FIPS 180-4). Alibaba's RPC V1 and OSS V1 signatures are HMAC-SHA1. */
public final class Sha1 extends BlockDigest {

  private final int[] schedule = new int[80];
  private int h0;
  private int h1;
  private int h2;
  private int h3;
  private int h4;

  public Sha1() {
    resetState();
  }

  /** The SHA-1 of {@code input}. */
  public static byte[] hash(byte[] input) {
    Sha1 sha1 = new Sha1();
    sha1.update(input);
    return sha1.digest();
  }

  @Override
  public int digestLength() {
    return 20;
  }

  @Override
  void resetState() {
    h0 = 0x67452301;
    h1 = 0xefcdab89;
    h2 = 0x98badcfe;
    h3 = 0x10325476;
    h4 = 0xc3d2e1f0;
  }

  @Override
  void processBlock(byte[] block, int offset) {
    int[] w = schedule;
    for (int t = 0; t < 16; t++) {
      w[t] = getIntBigEndian(block, offset + 4 * t);
    }
    for (int t = 16; t < 80; t++) {
      w[t] = rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    }
    int a = h0;
    int b = h1;
    int c = h2;
    int d = h3;
    int e = h4;
    for (int t = 0; t < 80; t++) {
      int f;
      int k;
      if (t < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (t < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (t < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      int temp = (rotateLeft(a, 5) + f + e + k + w[t]) | 0;
      e = d;
      d = c;
      c = rotateLeft(b, 30);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }

  @Override
  byte[] state() {
    byte[] out = new byte[20];
    putIntBigEndian(h0, out, 0);
    putIntBigEndian(h1, out, 4);
    putIntBigEndian(h2, out, 8);
    putIntBigEndian(h3, out, 12);
    putIntBigEndian(h4, out, 16);
    return out;
  }
}
