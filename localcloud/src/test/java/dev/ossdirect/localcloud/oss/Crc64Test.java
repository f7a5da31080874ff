package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.common.utils.CRC64;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The CRC-64 of {@code x-oss-hash-crc64ecma} agrees with the published check value and with Alibaba's SDK.
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
}
