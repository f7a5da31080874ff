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

/**
 * Text fed to the hand-written hashes as characters ({@code updateUtf8}, which packs ASCII into words
 * without a {@code byte[]}) hashes as its UTF-8 bytes do in the JDK: at the padding's boundaries (55
 * bytes still fit the length field in the last block, 56 do not), at block boundaries, from every
 * position in a word, and with multi-byte characters, surrogate pairs and unpaired surrogates.
 */
class Utf8FedDigestTest {

  static Stream<Arguments> digests() {
    return Stream.of(
        Arguments.of("SHA-1", (Supplier<BlockDigest>) PortableSha1::new),
        Arguments.of("SHA-256", (Supplier<BlockDigest>) PortableSha256::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void asciiAtThePaddingAndBlockBoundaries(String algorithm, Supplier<BlockDigest> digests) throws Exception {
    BlockDigest digest = digests.get();
    for (int length : new int[] {0, 1, 3, 4, 5, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129}) {
      String text = "x".repeat(length);
      digest.updateUtf8(text);
      assertArrayEquals(jdk(algorithm, text), digest.digest(), "length " + length);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void textAfterEveryNumberOfBytesOfAWord(String algorithm, Supplier<BlockDigest> digests) throws Exception {
    BlockDigest digest = digests.get();
    String text = "GET&%2F&AccessKeyId%3Dtesting%26Action%3DDescribe\u00e9\u4e2d\uD83D\uDE00 tail";
    for (int prefix = 0; prefix <= 70; prefix++) {
      byte[] bytes = new byte[prefix];
      for (int i = 0; i < prefix; i++) {
        bytes[i] = (byte) (0x80 + i);
      }
      digest.update(bytes);
      digest.updateUtf8(text);
      MessageDigest reference = MessageDigest.getInstance(algorithm);
      reference.update(bytes);
      assertArrayEquals(reference.digest(text.getBytes(StandardCharsets.UTF_8)), digest.digest(), "prefix " + prefix);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("digests")
  void multiByteCharactersAndSurrogates(String algorithm, Supplier<BlockDigest> digests) throws Exception {
    BlockDigest digest = digests.get();
    String[] texts = {
      "\u00e9", "\u07ff", "\u0800", "\uffff", "\uD83D\uDE00", "\uD800", "\uDC00", "a\uD800b", "\uDC00\uD800",
      "abc\uD83D", "\uD83D\uDE00\uD83D", "\u00e9".repeat(28), "\u00e9".repeat(28) + "x",
      "a".repeat(54) + "\u00e9", "a".repeat(61) + "\uD83D\uDE00" + "b".repeat(60)
    };
    for (String text : texts) {
      digest.updateUtf8(text);
      assertArrayEquals(jdk(algorithm, text), digest.digest(), text);
    }
    SeededRandom random = SeededRandom.seeded("utf-8 fed digest " + algorithm, 31L);
    for (int i = 0; i < 500; i++) {
      String text = random.text(80);
      digest.updateUtf8(text);
      assertArrayEquals(jdk(algorithm, text), digest.digest(), text);
    }
  }

  private static byte[] jdk(String algorithm, String text) throws Exception {
    return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
