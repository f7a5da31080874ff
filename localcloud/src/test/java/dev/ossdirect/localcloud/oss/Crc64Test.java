package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.oss.common.utils.CRC64;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CRC-64 of {@code x-oss-hash-crc64ecma} agrees with the published check value and with Alibaba's SDK,
 * and so do two CRCs combined.
 */
class Crc64Test {

  @Test
  void matchesTheCheckValueOfCrc64Xz() {
    Crc64 crc = new Crc64();
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
    crc.update(check, 0, check.length);
    assertEquals(0x995DC9BBDF1939FAL, crc.value());
    assertEquals(0L, new Crc64().value());
  }

  @Test
  void agreesWithTheOfficialSdkWhateverTheLengthAndSplit() {
    Random random = new Random(64);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(5000)];
      random.nextBytes(bytes);
      int split = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      Crc64 ours = new Crc64();
      ours.update(bytes, 0, split);
      ours.update(bytes, split, bytes.length - split);
      CRC64 official = new CRC64();
      official.update(bytes, bytes.length);
      assertEquals(official.getValue(), ours.value(), "length " + bytes.length + ", split " + split);
    }
  }

  @Test
  void combiningTwoCrcsGivesTheCrcOfTheJoinedBodies() {
    Random random = new Random(6464);
    for (int round = 0; round < 200; round++) {
      byte[] bytes = new byte[random.nextInt(70_000)];
      random.nextBytes(bytes);
      int split = random.nextInt(bytes.length + 1);
      long whole = crcOf(bytes, 0, bytes.length);
      long first = crcOf(bytes, 0, split);
      long second = crcOf(bytes, split, bytes.length - split);
      long combined = Crc64.combine(first, second, bytes.length - split);
      assertEquals(whole, combined, "length " + bytes.length + ", split " + split);
      assertEquals(CRC64.combine(first, second, bytes.length - split), combined);
    }
  }

  @Test
  void combiningWithAnEmptyBodyOnEitherSideChangesNothing() {
    byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
    long crc = crcOf(check, 0, check.length);
    assertEquals(crc, Crc64.combine(crc, 0L, 0));
    assertEquals(crc, Crc64.combine(0L, crc, check.length));
    assertEquals(0L, Crc64.combine(0L, 0L, 0));
  }

  @Test
  void combiningOneByteAtEachPowerOfTwoAgreesWithFeedingIt() {
    for (int exponent = 0; exponent <= 20; exponent++) {
      int length = 1 << exponent;
      for (int length2 : new int[] {length - 1, length, length + 1}) {
        byte[] bytes = new byte[1 + length2];
        new Random(length2).nextBytes(bytes);
        assertEquals(crcOf(bytes, 0, bytes.length),
            Crc64.combine(crcOf(bytes, 0, 1), crcOf(bytes, 1, length2), length2), "length " + length2);
      }
    }
  }

  @Test
  void aNegativeLengthIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Crc64.combine(1L, 2L, -1));
  }

  private static long crcOf(byte[] bytes, int offset, int length) {
    Crc64 crc = new Crc64();
    crc.update(bytes, offset, length);
    return crc.value();
  }
}
