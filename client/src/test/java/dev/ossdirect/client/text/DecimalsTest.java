package dev.ossdirect.client.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void roundsAndDropsTrailingZeros() {
    assertEquals("45", Decimals.format(45.0, 1));
    assertEquals("0.98", Decimals.format(0.984, 2));
    assertEquals("3.4", Decimals.format(3.421, 1));
    assertEquals("1", Decimals.format(0.9996, 3));
    assertEquals("0.05", Decimals.format(0.05, 3));
    assertEquals("12", Decimals.format(12.04, 1));
    assertEquals("0", Decimals.format(0, 2));
  }

  @Test
  void writesARealMinusSignButNeverMinusZero() {
    assertEquals("\u221216.2", Decimals.format(-16.206, 1));
    assertEquals("0", Decimals.format(-0.001, 1));
  }

  @Test
  void writesPercentages() {
    assertEquals("98.4%", Decimals.percent(0.984));
    assertEquals("100%", Decimals.percent(1));
    assertEquals("76.4%", Decimals.percent(0.764));
  }

  /** Rounding half up, at the largest scale (six decimals) and beyond 2^31 once scaled. */
  @Test
  void roundsHalfUpAtEveryScale() {
    assertEquals("0.5", Decimals.format(0.45, 1));
    assertEquals("2", Decimals.format(1.5, 0));
    assertEquals("0.000001", Decimals.format(0.0000005, 6));
    assertEquals("4294.967296", Decimals.format(4294.967296, 6));
    assertEquals("\u22124294967296", Decimals.format(-4294967296.0, 2));
  }

  @Test
  void writesADashForWhatIsNotANumber() {
    assertEquals("\u2014", Decimals.format(Double.NaN, 2));
  }
}
