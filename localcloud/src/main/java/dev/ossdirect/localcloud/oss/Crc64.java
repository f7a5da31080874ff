package dev.ossdirect.localcloud.oss;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The CRC-64 that OSS reports in {@code x-oss-hash-crc64ecma}: the ECMA-182 polynomial, bits reflected,
 * starting from all ones and inverted at the end (the variant also known as CRC-64/XZ).
 *
 * <p>Alibaba's SDKs compute it over every body they send or receive and fail the call when the server's
 * value differs, so it must be exact. Not thread-safe.
 *
 * <p>{@link #combine} gives the CRC of two bodies joined from their two CRCs, without their bytes (zlib's
 * {@code crc32_combine}, for 64 bits): an object assembled from parts gets its CRC from the parts' CRCs.
 */
final class Crc64 {

  /** ECMA-182, reflected. */
  private static final long POLYNOMIAL = 0xC96C5795D7870F42L;
  /**
   * {@code TABLES[0]} is the usual byte table; {@code TABLES[k]} feeds a byte followed by k zero bytes, so
   * that eight bytes are folded in at once with eight independent lookups ("slicing-by-8"), where one byte
   * at a time makes every lookup wait for the one before: twice as fast here (256 MiB in about 0.3 s
   * instead of 0.6 s), on a path that hashes every uploaded byte.
   */
  private static final long[][] TABLES = new long[8][256];
  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  static {
    for (int n = 0; n < 256; n++) {
      long crc = n;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
      }
      TABLES[0][n] = crc;
    }
    for (int k = 1; k < 8; k++) {
      for (int n = 0; n < 256; n++) {
        long previous = TABLES[k - 1][n];
        TABLES[k][n] = (previous >>> 8) ^ TABLES[0][(int) (previous & 0xff)];
      }
    }
  }

  private long register = ~0L;

  /** Feeds {@code length} bytes of {@code bytes} from {@code offset}. */
  void update(byte[] bytes, int offset, int length) {
    long[] t0 = TABLES[0];
    long[] t1 = TABLES[1];
    long[] t2 = TABLES[2];
    long[] t3 = TABLES[3];
    long[] t4 = TABLES[4];
    long[] t5 = TABLES[5];
    long[] t6 = TABLES[6];
    long[] t7 = TABLES[7];
    long crc = register;
    int i = offset;
    int end = offset + length;
    for (; i + 8 <= end; i += 8) {
      crc ^= (long) LITTLE_ENDIAN_LONG.get(bytes, i);
      crc = t7[(int) (crc & 0xff)] ^ t6[(int) ((crc >>> 8) & 0xff)]
          ^ t5[(int) ((crc >>> 16) & 0xff)] ^ t4[(int) ((crc >>> 24) & 0xff)]
          ^ t3[(int) ((crc >>> 32) & 0xff)] ^ t2[(int) ((crc >>> 40) & 0xff)]
          ^ t1[(int) ((crc >>> 48) & 0xff)] ^ t0[(int) (crc >>> 56)];
    }
    for (; i < end; i++) {
      crc = t0[(int) ((crc ^ bytes[i]) & 0xff)] ^ (crc >>> 8);
    }
    register = crc;
  }

  /** The checksum of everything fed so far; read it as unsigned. */
  long value() {
    return ~register;
  }

  /**
   * The CRC-64 of {@code a} followed by {@code b}, from {@code crcA} (the value of {@code a}), {@code crcB}
   * (the value of {@code b}) and the length of {@code b}. Feeding {@code b} to a CRC register is linear
   * over GF(2): appending {@code lengthB} zero bytes to {@code a} multiplies its register by a 64 x 64 bit
   * matrix raised to {@code 8 * lengthB}, which repeated squaring gives in O(log lengthB) products.
   */
  static long combine(long crcA, long crcB, long lengthB) {
    if (lengthB < 0) {
      throw new IllegalArgumentException("Negative length");
    }
    long[] odd = new long[64];
    long[] even = new long[64];
    odd[0] = POLYNOMIAL; // the operator for one zero bit
    long row = 1;
    for (int n = 1; n < 64; n++) {
      odd[n] = row;
      row <<= 1;
    }
    square(even, odd); // two zero bits
    square(odd, even); // four zero bits
    long crc = crcA;
    long remaining = lengthB;
    while (remaining != 0) {
      square(even, odd); // first pass: one zero byte; then each pass doubles the byte count
      if ((remaining & 1) != 0) {
        crc = times(even, crc);
      }
      remaining >>>= 1;
      if (remaining == 0) {
        break;
      }
      square(odd, even);
      if ((remaining & 1) != 0) {
        crc = times(odd, crc);
      }
      remaining >>>= 1;
    }
    return crc ^ crcB;
  }

  private static long times(long[] matrix, long vector) {
    long sum = 0;
    for (int i = 0; vector != 0; i++, vector >>>= 1) {
      if ((vector & 1) != 0) {
        sum ^= matrix[i];
      }
    }
    return sum;
  }

  private static void square(long[] result, long[] matrix) {
    for (int n = 0; n < 64; n++) {
      result[n] = times(matrix, matrix[n]);
    }
  }
}
