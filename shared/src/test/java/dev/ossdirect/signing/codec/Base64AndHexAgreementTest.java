package dev.ossdirect.signing.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ossdirect.signing.SeededRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Base64 and hex agree with {@link java.util.Base64} and {@link HexFormat}. */
class Base64AndHexAgreementTest {

  @Test
  void base64AgreesOnEveryLengthFromZeroTo300() {
    SeededRandom random = SeededRandom.seeded("base64", 8L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      byte[] bytes = random.bytes(length);
      String expected = java.util.Base64.getEncoder().encodeToString(bytes);
      assertEquals(expected, Base64.encode(bytes), "length " + length);
      assertArrayEquals(bytes, Base64.decode(expected), "length " + length);
    }
  }

  @Test
  void base64RejectsWhatIsNotCanonicalBase64() {
    for (String bad : new String[] {"A", "AB=", "A===", "AB*=", "QQ=A", "QR==", "QUJ=", "====", "Zg =", "é==="}) {
      assertThrows(IllegalArgumentException.class, () -> Base64.decode(bad), bad);
    }
  }

  @Test
  void hexAgreesOnEveryLengthFromZeroTo300() {
    SeededRandom random = SeededRandom.seeded("hex", 9L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      byte[] bytes = random.bytes(length);
      String expected = HexFormat.of().formatHex(bytes);
      assertEquals(expected, Hex.encode(bytes));
      assertArrayEquals(bytes, Hex.decode(expected));
      assertArrayEquals(bytes, Hex.decode(expected.toUpperCase()));
    }
  }

  @Test
  void hexIntoBytesWritesTheSameDigitsAsAsciiAndNothingAroundThem() {
    SeededRandom random = SeededRandom.seeded("hex-into-bytes", 10L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      byte[] bytes = random.bytes(length);
      byte[] out = new byte[3 + 2 * length + 2];
      java.util.Arrays.fill(out, (byte) '#');
      Hex.encode(bytes, out, 3);
      String expected = "###" + HexFormat.of().formatHex(bytes) + "##";
      assertEquals(expected, new String(out, java.nio.charset.StandardCharsets.US_ASCII), "length " + length);
    }
  }

  @Test
  void hexRejectsOddLengthsAndNonDigits() {
    assertThrows(IllegalArgumentException.class, () -> Hex.decode("abc"));
    assertThrows(IllegalArgumentException.class, () -> Hex.decode("zz"));
    assertThrows(IllegalArgumentException.class, () -> Hex.decode("0g"));
  }
}
