package dev.ossdirect.signing.crypto;

/**
 * Comparison whose running time does not depend on where two values first differ, so that a verifier does
 * not leak how much of a forged signature was right.
 */
public final class ConstantTime {

  private ConstantTime() {}

  /** Whether {@code a} and {@code b} hold the same bytes. Only their lengths may leak. */
  public static boolean equals(byte[] a, byte[] b) {
    if (a == null || b == null || a.length != b.length) {
      return false;
    }
    int difference = 0;
    for (int i = 0; i < a.length; i++) {
      difference |= a[i] ^ b[i];
    }
    return difference == 0;
  }

  /** Whether {@code a} and {@code b} are the same string. Only their lengths may leak. */
  public static boolean equals(String a, String b) {
    if (a == null || b == null || a.length() != b.length()) {
      return false;
    }
    int difference = 0;
    for (int i = 0; i < a.length(); i++) {
      difference |= a.charAt(i) ^ b.charAt(i);
    }
    return difference == 0;
  }
}
