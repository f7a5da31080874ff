package dev.ossdirect.signing.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.ossdirect.signing.SeededRandom;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HMAC-SHA1 and HMAC-SHA256 agree with {@link Mac}, for keys shorter and longer than a block: the
 * hand-written ones that GWT compiles for the browser, and the classes the JVM calls.
 */
class HmacAgreementTest {

  static Stream<Arguments> macs() {
    return Stream.of(
        Arguments.of("HmacSHA1", "SHA-1", "hand-written", (BinaryOperator<byte[]>) PortableHmac::sha1),
        Arguments.of("HmacSHA256", "SHA-256", "hand-written", (BinaryOperator<byte[]>) PortableHmac::sha256),
        Arguments.of("HmacSHA1", "SHA-1", "JVM", (BinaryOperator<byte[]>) Hmac::sha1),
        Arguments.of("HmacSHA256", "SHA-256", "JVM", (BinaryOperator<byte[]>) Hmac::sha256));
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("macs")
  void agreesForEveryKeyAndMessageLengthFromOneTo300(
      String algorithm, String hash, String side, BinaryOperator<byte[]> ours) throws Exception {
    SeededRandom random = SeededRandom.seeded("hmac " + algorithm + " " + side, 42L);
    for (int length = 1; length <= SeededRandom.MAX_LENGTH; length++) {
      // Keys of every length, blocks of 64 bytes included and exceeded; a message of the same length.
      byte[] key = random.bytes(length);
      byte[] message = random.bytes(length);
      assertArrayEquals(jdk(algorithm, key, message), ours.apply(key, message), "length " + length);
    }
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("macs")
  void agreesOnUnicodeKeysAndMessages(String algorithm, String hash, String side, BinaryOperator<byte[]> ours)
      throws Exception {
    SeededRandom random = SeededRandom.seeded("hmac text " + algorithm + " " + side, 43L);
    for (int i = 0; i < 300; i++) {
      byte[] key = (random.text(40) + "k").getBytes(StandardCharsets.UTF_8);
      byte[] message = random.text(80).getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(jdk(algorithm, key, message), ours.apply(key, message));
    }
  }

  /**
   * {@link Mac} refuses an empty key, so the reference here is RFC 2104's formula itself over
   * {@link MessageDigest}: the empty key padded to a block of zeros.
   */
  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("macs")
  void signsWithAnEmptyKey(String algorithm, String hash, String side, BinaryOperator<byte[]> ours)
      throws Exception {
    SeededRandom random = SeededRandom.seeded("hmac empty key " + algorithm + " " + side, 44L);
    for (int length : new int[] {0, 1, 63, 64, 65, 300}) {
      byte[] message = random.bytes(length);
      assertArrayEquals(rfc2104WithEmptyKey(hash, message), ours.apply(new byte[0], message), "length " + length);
    }
  }

  static Stream<Arguments> textMacs() {
    return Stream.of(
        Arguments.of("HmacSHA1", "hand-written", (TextMac) (key, text) -> PortableHmac.sha1(key).macOfUtf8(text)),
        Arguments.of("HmacSHA256", "hand-written", (TextMac) (key, text) -> PortableHmac.sha256(key).macOfUtf8(text)),
        Arguments.of("HmacSHA1", "JVM", (TextMac) Hmac::sha1OfUtf8),
        Arguments.of("HmacSHA256", "JVM", (TextMac) Hmac::sha256OfUtf8));
  }

  /**
   * The MAC of text's UTF-8 bytes, which the hand-written HMAC feeds to its hash as characters: lengths
   * at the padding's and the block's boundaries, multi-byte text, surrogate pairs and unpaired surrogates,
   * and keys shorter and longer than a block.
   */
  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("textMacs")
  void macsOfTextAgreeWithTheMacsOfItsUtf8(String algorithm, String side, TextMac ours) throws Exception {
    SeededRandom random = SeededRandom.seeded("hmac of text " + algorithm + " " + side, 45L);
    for (int keyLength : new int[] {0, 1, 20, 63, 64, 65, 150}) {
      byte[] key = random.bytes(keyLength);
      byte[] jdkKey = keyLength == 0 ? new byte[1] : key;
      for (int length : new int[] {0, 1, 55, 56, 63, 64, 65, 1150}) {
        String text = "a".repeat(length);
        assertArrayEquals(jdk(algorithm, jdkKey, text.getBytes(StandardCharsets.UTF_8)), ours.mac(key, text),
            "key " + keyLength + ", length " + length);
      }
      for (String text : new String[] {"\u00e9t\u00e9", "\uD83D\uDE00", "a\uD800b", "\uDC00", random.text(90)}) {
        assertArrayEquals(jdk(algorithm, jdkKey, text.getBytes(StandardCharsets.UTF_8)), ours.mac(key, text), text);
      }
    }
  }

  /** An HMAC of text. */
  interface TextMac {
    byte[] mac(byte[] key, String text);
  }

  private static byte[] jdk(String algorithm, byte[] key, byte[] message) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    return mac.doFinal(message);
  }

  private static byte[] rfc2104WithEmptyKey(String hash, byte[] message) throws Exception {
    byte[] innerPad = new byte[64];
    byte[] outerPad = new byte[64];
    Arrays.fill(innerPad, (byte) 0x36);
    Arrays.fill(outerPad, (byte) 0x5c);
    MessageDigest digest = MessageDigest.getInstance(hash);
    digest.update(innerPad);
    byte[] inner = digest.digest(message);
    digest.update(outerPad);
    return digest.digest(inner);
  }
}
