package dev.ossdirect.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TransferRateTest {

  @Test
  void measuresOverTheRecentWindow() {
    TransferRate rate = new TransferRate();
    assertEquals(0, rate.bytesPerSecond(0));
    rate.record(0, 0);
    rate.record(1_000, 1_000);
    assertEquals(1_000, rate.bytesPerSecond(1_000), 0.001);
    rate.record(2_000, 5_000);
    assertEquals(2_500, rate.bytesPerSecond(2_000), 0.001);
    rate.record(10_000, 6_000);
    rate.record(11_000, 8_000);
    assertEquals(2_000, rate.bytesPerSecond(11_000), 0.001);
  }

  @Test
  void slowsDownWhenNothingMoves() {
    TransferRate rate = new TransferRate();
    rate.record(0, 0);
    rate.record(1_000, 4_000);
    assertEquals(1_000, rate.bytesPerSecond(4_000), 0.001);
    assertEquals(0, rate.bytesPerSecond(60_000), 0.001);
  }
}
