package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.ossdirect.signing.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** HMAC-SHA1 and HMAC-SHA256 agree with {@link Mac}, for keys shorter and longer than a block. */
class HmacAgreementTest {

  static Stream<Arguments> macs() {
    return Stream.of(
        Arguments.of("HmacSHA1", (BinaryOperator<byte[]>) Hmac::sha1),
        Arguments.of("HmacSHA256", (BinaryOperator<byte[]>) Hmac::sha256));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("macs")
  void agreesForEveryKeyAndMessageLengthFromZeroTo300(String algorithm, BinaryOperator<byte[]> ours)
      throws Exception {
    SeededRandom random = SeededRandom.seeded("hmac " + algorithm, 42L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      // Keys of every length, blocks of 64 bytes included and exceeded; a message of the same length.
      byte[] key = random.bytes(Math.max(1, length));
      byte[] message = random.bytes(length);
      assertArrayEquals(jdk(algorithm, key, message), ours.apply(key, message), "length " + length);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("macs")
  void agreesOnUnicodeKeysAndMessages(String algorithm, BinaryOperator<byte[]> ours) throws Exception {
    SeededRandom random = SeededRandom.seeded("hmac text " + algorithm, 43L);
    for (int i = 0; i < 300; i++) {
      byte[] key = (random.text(40) + "k").getBytes(StandardCharsets.UTF_8);
      byte[] message = random.text(80).getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(jdk(algorithm, key, message), ours.apply(key, message));
    }
  }

  private static byte[] jdk(String algorithm, byte[] key, byte[] message) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    return mac.doFinal(message);
  }
}
