package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConstantTimeTest {

  @Test
  void comparesStrings() {
    assertTrue(ConstantTime.equals("abc", "abc"));
    assertTrue(ConstantTime.equals("", ""));
    assertFalse(ConstantTime.equals("abc", "abd"));
    assertFalse(ConstantTime.equals("abc", "ab"));
    assertFalse(ConstantTime.equals("abc", null));
    assertFalse(ConstantTime.equals((String) null, null));
  }

  @Test
  void comparesBytes() {
    assertTrue(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2, 3}));
    assertFalse(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2, 4}));
    assertFalse(ConstantTime.equals(new byte[] {1, 2, 3}, new byte[] {1, 2}));
    assertFalse(ConstantTime.equals(new byte[] {(byte) 0x80}, new byte[] {0}));
    assertFalse(ConstantTime.equals(null, new byte[0]));
  }
}
