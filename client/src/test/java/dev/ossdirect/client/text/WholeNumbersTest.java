package dev.ossdirect.client.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WholeNumbersTest {

  @Test
  void writesSmallNumbersAsIntegers() {
    assertEquals("0", WholeNumbers.format(0));
    assertEquals("7", WholeNumbers.format(7));
    assertEquals("-7", WholeNumbers.format(-7));
    assertEquals("2147483647", WholeNumbers.format(Integer.MAX_VALUE));
    assertEquals("-2147483648", WholeNumbers.format(Integer.MIN_VALUE));
  }

  /** Around 2^31 and 2^32, OSS's largest object (48.8 TiB) and 2^53, the last whole number exact in a double. */
  @Test
  void writesLargeNumbersDigitByDigit() {
    long largestObject = 48_800L * 1024 * 1024 * 1024;
    long[] values = {
      1L << 31, (1L << 31) + 1, (1L << 32) - 1, 1L << 32, (1L << 32) + 1, 10_000_000_000L,
      largestObject - 1, largestObject, 1L << 53
    };
    for (long value : values) {
      assertEquals(Long.toString(value), WholeNumbers.format(value));
      assertEquals(Long.toString(-value), WholeNumbers.format(-value));
    }
  }
}
