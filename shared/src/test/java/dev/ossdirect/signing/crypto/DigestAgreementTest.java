package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.ossdirect.signing.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SHA-1 and SHA-256 agree with {@link MessageDigest} byte for byte. */
class DigestAgreementTest {

  static Stream<Arguments> digests() {
    return Stream.of(
        Arguments.of("SHA-1", (Supplier<Digest>) Sha1::new),
        Arguments.of("SHA-256", (Supplier<Digest>) Sha256::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void agreesOnEveryLengthFromZeroTo300(String algorithm, Supplier<Digest> ours) throws Exception {
    SeededRandom random = SeededRandom.seeded("digest " + algorithm, 20261128L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      byte[] input = random.bytes(length);
      Digest digest = ours.get();
      digest.update(input);
      assertArrayEquals(
          MessageDigest.getInstance(algorithm).digest(input), digest.digest(), "length " + length);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void agreesWhenFedInRandomPiecesAndReused(String algorithm, Supplier<Digest> ours) throws Exception {
    SeededRandom random = SeededRandom.seeded("digest pieces " + algorithm, 7L);
    Digest digest = ours.get();
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

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void agreesOnMultiByteAndFourByteUtf8(String algorithm, Supplier<Digest> ours) throws Exception {
    SeededRandom random = SeededRandom.seeded("digest text " + algorithm, 11L);
    for (int i = 0; i < 300; i++) {
      byte[] input = random.text(60).getBytes(StandardCharsets.UTF_8);
      Digest digest = ours.get();
      digest.update(input);
      assertArrayEquals(MessageDigest.getInstance(algorithm).digest(input), digest.digest());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void agreesOnAMegabyteInput(String algorithm, Supplier<Digest> ours) throws Exception {
    byte[] input = SeededRandom.seeded("digest large " + algorithm, 3L).bytes(1 << 20);
    Digest digest = ours.get();
    digest.update(input);
    assertArrayEquals(MessageDigest.getInstance(algorithm).digest(input), digest.digest());
  }
}
