package dev.ossdirect.signing;

import java.util.Random;

/**
 * Random test inputs from a fixed, printed seed (override with {@code -Dtest.seed=...}) so that a failure
 * can be replayed.
 */
public final class SeededRandom {

  /** The longest random byte input the agreement tests try. */
  public static final int MAX_LENGTH = 300;

  private static final String[] SAMPLES = {
    "a", "Z", "0", "-", "_", ".", "~", " ", "+", "*", "%", "/", "=", "&", "?", "#", "'", "(", ")", "!",
    ":", "@", ",", ";", "\"", "\\", "\n", "\t", "é", "ß", "中", "文", "日本", "€", "\u00a0", "\u2028",
    "😀", "𝄞", "🇨🇳", "\uD83D\uDCA9"
  };

  private final Random random;

  private SeededRandom(long seed) {
    this.random = new Random(seed);
  }

  /** A generator seeded from {@code test.seed}, or from {@code defaultSeed}; the seed is printed. */
  public static SeededRandom seeded(String testName, long defaultSeed) {
    long seed = Long.getLong("test.seed", defaultSeed);
    System.out.println(testName + ": random seed " + seed + " (replay with -Dtest.seed=" + seed + ")");
    return new SeededRandom(seed);
  }

  public byte[] bytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  public long nextLong() {
    return random.nextLong();
  }

  /**
   * Text of up to {@code maxPieces} pieces mixing ASCII, reserved characters, multi-byte and 4-byte
   * (surrogate pair) characters, and random code points from the whole Unicode range.
   */
  public String text(int maxPieces) {
    StringBuilder out = new StringBuilder();
    int pieces = random.nextInt(maxPieces + 1);
    for (int i = 0; i < pieces; i++) {
      switch (random.nextInt(3)) {
        case 0:
          out.append(SAMPLES[random.nextInt(SAMPLES.length)]);
          break;
        case 1:
          out.append((char) (' ' + random.nextInt(95)));
          break;
        default:
          int codePoint;
          do {
            codePoint = random.nextInt(0x110000);
          } while (codePoint >= 0xd800 && codePoint <= 0xdfff);
          out.appendCodePoint(codePoint);
      }
    }
    return out.toString();
  }
}
