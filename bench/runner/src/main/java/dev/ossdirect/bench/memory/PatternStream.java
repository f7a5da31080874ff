package dev.ossdirect.bench.memory;

import java.io.InputStream;

/**
 * {@code length} bytes of a repeating pattern, made as they are read: a large upload body that takes no
 * memory and no disk on the sending side, so that only the receiver's costs are measured.
 */
final class PatternStream extends InputStream {

  private static final byte[] PATTERN = pattern();

  private long remaining;

  PatternStream(long length) {
    this.remaining = length;
  }

  @Override
  public int read() {
    if (remaining == 0) {
      return -1;
    }
    return PATTERN[(int) (remaining-- % PATTERN.length)] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    if (remaining == 0) {
      return -1;
    }
    int count = (int) Math.min(length, remaining);
    for (int i = 0; i < count; i++) {
      buffer[offset + i] = PATTERN[(int) ((remaining - i) % PATTERN.length)];
    }
    remaining -= count;
    return count;
  }

  private static byte[] pattern() {
    byte[] pattern = new byte[65_521]; // a prime, so that the pattern never lines up with buffer sizes
    for (int i = 0; i < pattern.length; i++) {
      pattern[i] = (byte) (i * 31 + (i >>> 8));
    }
    return pattern;
  }
}
