package dev.ossdirect.localcloud.oss;

/**
 * The CRC-64 that OSS reports in {@code x-oss-hash-crc64ecma}: the ECMA-182 polynomial, bits reflected,
 * starting from all ones and inverted at the end (the variant also known as CRC-64/XZ).
 *
 * <p>Alibaba's SDKs compute it over every body they send or receive and fail the call when the server's
 * value differs, so it must be exact. Not thread-safe.
 */
final class Crc64 {

  /** ECMA-182, reflected. */
  private static final long POLYNOMIAL = 0xC96C5795D7870F42L;
  private static final long[] TABLE = new long[256];

  static {
    for (int n = 0; n < 256; n++) {
      long crc = n;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
      }
      TABLE[n] = crc;
    }
  }

  private long register = ~0L;

  /** Feeds {@code length} bytes of {@code bytes} from {@code offset}. */
  void update(byte[] bytes, int offset, int length) {
    long crc = register;
    for (int i = offset; i < offset + length; i++) {
      crc = TABLE[(int) ((crc ^ bytes[i]) & 0xff)] ^ (crc >>> 8);
    }
    register = crc;
  }

  /** The checksum of everything fed so far; read it as unsigned. */
  long value() {
    return ~register;
  }
}
