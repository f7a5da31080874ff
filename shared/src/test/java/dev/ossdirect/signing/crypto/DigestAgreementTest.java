package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.ossdirect.signing.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SHA-1 and SHA-256 agree with {@link MessageDigest} byte for byte: the hand-written ones that GWT
 * compiles for the browser, fed whole and in pieces, and the classes the JVM calls.
 */
class DigestAgreementTest {

  static Stream<Arguments> handWritten() {
    return Stream.of(
        Arguments.of("SHA-1", (Supplier<Digest>) PortableSha1::new),
        Arguments.of("SHA-256", (Supplier<Digest>) PortableSha256::new));
  }

  static Stream<Arguments> hashFunctions() {
    return Stream.of(
        Arguments.of("SHA-1", "hand-written", (UnaryOperator<byte[]>) PortableSha1::hash),
        Arguments.of("SHA-256", "hand-written", (UnaryOperator<byte[]>) PortableSha256::hash),
        Arguments.of("SHA-1", "JVM", (UnaryOperator<byte[]>) Sha1::hash),
        Arguments.of("SHA-256", "JVM", (UnaryOperator<byte[]>) Sha256::hash));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("hashFunctions")
  void agreesOnEveryLengthFromZeroTo300(String algorithm, String side, UnaryOperator<byte[]> hash)
      throws Exception {
    SeededRandom random = SeededRandom.seeded("digest " + algorithm + " " + side, 20261128L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      byte[] input = random.bytes(length);
      assertArrayEquals(MessageDigest.getInstance(algorithm).digest(input), hash.apply(input), "length " + length);
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("hashFunctions")
  void agreesOnMultiByteAndFourByteUtf8(String algorithm, String side, UnaryOperator<byte[]> hash)
      throws Exception {
    SeededRandom random = SeededRandom.seeded("digest text " + algorithm + " " + side, 11L);
    for (int i = 0; i < 300; i++) {
      byte[] input = random.text(60).getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(MessageDigest.getInstance(algorithm).digest(input), hash.apply(input));
    }
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("hashFunctions")
  void agreesOnAMegabyteInput(String algorithm, String side, UnaryOperator<byte[]> hash) throws Exception {
    byte[] input = SeededRandom.seeded("digest large " + algorithm, 3L).bytes(1 << 20);
    assertArrayEquals(MessageDigest.getInstance(algorithm).digest(input), hash.apply(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handWritten")
  void handWrittenAgreesWhenFedInRandomPiecesAndReused(String algorithm, Supplier<Digest> handWritten)
      throws Exception {
    SeededRandom random = SeededRandom.seeded("digest pieces " + algorithm, 7L);
    Digest digest = handWritten.get();
    for (int round = 0; round < 200; round++) {
      byte[] input = random.bytes(random.nextInt(1000));
      int offset = 0;
      while (offset < input.length) {
        int piece = Math.min(input.length - offset, random.nextInt(130));
        digest.update(input, offset, piece);
        offset += piece;
      }
      assertArrayEquals(
          MessageDigest.getInstance(algorithm).digest(input), digest.digest(), "round " + round);
    }
  }
}
