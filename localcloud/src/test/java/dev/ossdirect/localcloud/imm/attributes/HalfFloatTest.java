package dev.ossdirect.localcloud.imm.attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HalfFloatTest {

  private static float half(int bits) {
    return HalfFloat.toFloat((short) bits);
  }

  @Test
  void widensNormalNumbersExactly() {
    assertEquals(1.0f, half(0x3c00));
    assertEquals(-2.0f, half(0xc000));
    assertEquals(0.333251953125f, half(0x3555)); // the half float nearest 1/3
    assertEquals(65504f, half(0x7bff)); // the largest half float
    assertEquals(0x1p-14f, half(0x0400)); // the smallest normal one
  }

  @Test
  void widensZerosAndSubnormalsExactly() {
    assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(half(0x0000)));
    assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(half(0x8000)));
    assertEquals(0x1p-24f, half(0x0001)); // the smallest subnormal
    assertEquals(0x3ffp-24f, half(0x03ff)); // the largest subnormal, just under 2^-14
    assertEquals(-0x1p-24f, half(0x8001));
  }

  @Test
  void keepsInfinitiesAndNotANumber() {
    assertEquals(Float.POSITIVE_INFINITY, half(0x7c00));
    assertEquals(Float.NEGATIVE_INFINITY, half(0xfc00));
    assertTrue(Float.isNaN(half(0x7e00)));
    assertTrue(Float.isNaN(half(0x7c01)));
  }
}
