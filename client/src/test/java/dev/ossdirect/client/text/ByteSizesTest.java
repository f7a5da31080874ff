package dev.ossdirect.client.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteSizesTest {

  @Test
  void usesBinaryUnitsWithThreeSignificantDigits() {
    assertEquals("0 B", ByteSizes.format(0));
    assertEquals("1023 B", ByteSizes.format(1023));
    assertEquals("1 KiB", ByteSizes.format(1024));
    assertEquals("1.5 KiB", ByteSizes.format(1536));
    assertEquals("4.77 MiB", ByteSizes.format(5_000_000));
    assertEquals("48 MiB", ByteSizes.format(48L * 1024 * 1024));
    assertEquals("20 MiB", ByteSizes.format(20971520));
    assertEquals("773 KiB", ByteSizes.format(791555));
    assertEquals("5 GiB", ByteSizes.format(5L * 1024 * 1024 * 1024));
    assertEquals("48 TiB", ByteSizes.format(48L * 1024 * 1024 * 1024 * 1024));
  }

  @Test
  void writesSpeeds() {
    assertEquals("3.2 MiB/s", ByteSizes.perSecond(3.2 * 1024 * 1024));
  }
}
