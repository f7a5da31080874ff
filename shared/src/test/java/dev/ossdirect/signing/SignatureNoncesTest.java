package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SignatureNoncesTest {

  @Test
  void aNonceIsSixteenRandomBytesInLowerCaseHex() {
    String nonce = SignatureNonces.next(bytes -> java.util.Arrays.fill(bytes, (byte) 0xAB));
    assertEquals("ab".repeat(16), nonce);
  }

  @Test
  void eachNonceTakesFreshBytes() {
    Random random = new Random(1);
    RandomSource source = random::nextBytes;
    assertNotEquals(SignatureNonces.next(source), SignatureNonces.next(source));
  }
}
