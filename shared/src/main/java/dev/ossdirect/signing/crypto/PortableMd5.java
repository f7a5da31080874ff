package dev.ossdirect.signing.crypto;

/**
 * MD5 (RFC 1321) in plain Java, for the browser: GWT compiles {@link Md5} to a call of this class.
 */
final class PortableMd5 extends BlockDigest {

  private static final int[] SHIFTS = {
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
    5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
    6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21
  };

  /** floor(abs(sin(i + 1)) * 2^32), as listed in RFC 1321. */
  private static final int[] SINES = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391
  };

  private final int[] words = new int[16];
  private int a;
  private int b;
  private int c;
  private int d;

  PortableMd5() {
    super(false);
    resetState();
  }

  /** The MD5 of {@code input}. */
  static byte[] hash(byte[] input) {
    PortableMd5 md5 = new PortableMd5();
    md5.update(input);
    return md5.digest();
  }

  @Override
  public int digestLength() {
    return 16;
  }

  @Override
  void resetState() {
    a = 0x67452301;
    b = 0xefcdab89;
    c = 0x98badcfe;
    d = 0x10325476;
  }

  @Override
  void processBlock(byte[] block, int offset) {
    for (int i = 0; i < 16; i++) {
      words[i] = getIntLittleEndian(block, offset + 4 * i);
    }
    int aa = a;
    int bb = b;
    int cc = c;
    int dd = d;
    for (int i = 0; i < 64; i++) {
      int f;
      int g;
      if (i < 16) {
        f = (bb & cc) | (~bb & dd);
        g = i;
      } else if (i < 32) {
        f = (dd & bb) | (~dd & cc);
        g = (5 * i + 1) & 15;
      } else if (i < 48) {
        f = bb ^ cc ^ dd;
        g = (3 * i + 5) & 15;
      } else {
        f = cc ^ (bb | ~dd);
        g = (7 * i) & 15;
      }
      int rotated = rotateLeft(aa + f + SINES[i] + words[g], SHIFTS[i]);
      aa = dd;
      dd = cc;
      cc = bb;
      bb = (bb + rotated) | 0;
    }
    a = (a + aa) | 0;
    b = (b + bb) | 0;
    c = (c + cc) | 0;
    d = (d + dd) | 0;
  }

  @Override
  byte[] state() {
    byte[] out = new byte[16];
    putIntLittleEndian(a, out, 0);
    putIntLittleEndian(b, out, 4);
    putIntLittleEndian(c, out, 8);
    putIntLittleEndian(d, out, 12);
    return out;
  }
}
