package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** SHA-256's constants, which the portable implementation computes from their definition. */
class PortableSha256Test {

  /** FIPS 180-4, 4.2.2. */
  private static final int[] ROUND_CONSTANTS = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  };

  /** FIPS 180-4, 5.3.3. */
  private static final int[] INITIAL_HASH = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19
  };

  private static final int[] FIRST_PRIMES = {
    2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 101, 103,
    107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167, 173, 179, 181, 191, 193, 197, 199, 211, 223,
    227, 229, 233, 239, 241, 251, 257, 263, 269, 271, 277, 281, 283, 293, 307, 311
  };

  private static final MathContext PRECISE = new MathContext(60, RoundingMode.HALF_EVEN);

  @Test
  void computesThePublishedConstants() {
    assertArrayEquals(ROUND_CONSTANTS, PortableSha256.fractionBitsOfPrimeRoots(64, 3));
    assertArrayEquals(INITIAL_HASH, PortableSha256.fractionBitsOfPrimeRoots(8, 2));
  }

  /**
   * Each root's fraction, times 2^32, is far from a whole number: a root computed to within a few units
   * of a double's last place (2^-50 here, 2^-18 once scaled) cannot land on the wrong side of one.
   */
  @Test
  void noConstantIsNearARoundingBoundary() {
    for (int i = 0; i < FIRST_PRIMES.length; i++) {
      BigDecimal prime = BigDecimal.valueOf(FIRST_PRIMES[i]);
      assertFarFromAStep(cubeRoot(prime), FIRST_PRIMES[i]);
      if (i < INITIAL_HASH.length) {
        assertFarFromAStep(prime.sqrt(PRECISE), FIRST_PRIMES[i]);
      }
    }
  }

  private static void assertFarFromAStep(BigDecimal root, int prime) {
    BigDecimal scaled = root.subtract(new BigDecimal(root.toBigInteger())).multiply(BigDecimal.valueOf(1L << 32));
    BigDecimal fraction = scaled.subtract(new BigDecimal(scaled.toBigInteger()));
    BigDecimal distance = fraction.min(BigDecimal.ONE.subtract(fraction));
    assertTrue(distance.compareTo(BigDecimal.valueOf(1.0 / 256)) > 0, prime + ": " + distance);
  }

  /** The cube root of {@code value} to 60 digits, by Newton's method from the double's. */
  private static BigDecimal cubeRoot(BigDecimal value) {
    BigDecimal root = BigDecimal.valueOf(Math.cbrt(value.doubleValue()));
    BigDecimal three = BigDecimal.valueOf(3);
    for (int i = 0; i < 8; i++) {
      root = root.multiply(BigDecimal.valueOf(2)).add(value.divide(root.multiply(root), PRECISE)).divide(three, PRECISE);
    }
    return root;
  }
}
