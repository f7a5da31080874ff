package dev.ossdirect.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ossdirect.reliability.report.FuzzTally;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.signing.codec.Base64;
import dev.ossdirect.signing.codec.Hex;
import dev.ossdirect.signing.codec.PercentEncoding;
import dev.ossdirect.signing.codec.Utf8;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;

/**
 * The signing library's codecs on any input, each against the JDK where the JDK defines the same function:
 * percent-encoding (the official SDKs' {@code URLEncoder} recipe) and its decoding, Base64, Hex and UTF-8.
 * A decoder may refuse its input only with {@link IllegalArgumentException}, and never accepts what the
 * JDK refuses or decodes it differently. The first byte picks the codec; the rest is the input.
 */
class CodecsFuzzTest {

  private static final FuzzTally TALLY = new FuzzTally(Row.FUZZ_CODECS);

  @AfterAll
  static void record() {
    TALLY.record();
  }

  @FuzzTest
  void codecsRoundTripAndAgreeWithTheJdk(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(input, 1, input.length);
    TALLY.run(() -> {
      switch (Math.floorMod(input[0], 6)) {
        case 0 -> percentEncoding(FuzzText.wellFormed(FuzzText.anyCodeUnits(input, 1)));
        case 1 -> percentDecoding(FuzzText.anyCodeUnits(input, 1));
        case 2 -> base64(new String(rest, StandardCharsets.ISO_8859_1), rest);
        case 3 -> hex(new String(rest, StandardCharsets.ISO_8859_1), rest);
        case 4 -> utf8Decoding(rest);
        default -> utf8Encoding(FuzzText.anyCodeUnits(input, 1));
      }
    });
  }

  private static void percentEncoding(String text) {
    String encoded = PercentEncoding.encode(text);
    String sdk = URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    assertEquals(sdk, encoded);
    assertEquals(text, PercentEncoding.decode(encoded));
    assertEquals(encoded.replace("%2F", "/"), PercentEncoding.encodePath(text));
    assertEquals(text, PercentEncoding.decode(PercentEncoding.encodePath(text)));
  }

  private static void percentDecoding(String text) {
    String decoded;
    try {
      decoded = PercentEncoding.decode(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertEquals(URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8), decoded);
    assertEquals(URLDecoder.decode(text, StandardCharsets.UTF_8), PercentEncoding.decodeQueryComponent(text));
  }

  private static void base64(String text, byte[] bytes) {
    assertEquals(java.util.Base64.getEncoder().encodeToString(bytes), Base64.encode(bytes));
    byte[] decoded;
    try {
      decoded = Base64.decode(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertArrayEquals(java.util.Base64.getDecoder().decode(text), decoded);
    assertEquals(text, Base64.encode(decoded));
  }

  private static void hex(String text, byte[] bytes) {
    assertEquals(HexFormat.of().formatHex(bytes), Hex.encode(bytes));
    byte[] jdk;
    try {
      jdk = HexFormat.of().parseHex(text);
    } catch (IllegalArgumentException refusedByTheJdk) {
      jdk = null;
    }
    byte[] decoded;
    try {
      decoded = Hex.decode(text);
    } catch (IllegalArgumentException refused) {
      assertEquals(null, jdk, "the JDK decodes what Hex refuses");
      return;
    }
    assertArrayEquals(jdk, decoded);
  }

  private static void utf8Decoding(byte[] bytes) {
    String jdk;
    try {
      jdk = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException refusedByTheJdk) {
      jdk = null;
    }
    String decoded;
    try {
      decoded = Utf8.decode(bytes);
    } catch (IllegalArgumentException refused) {
      assertEquals(null, jdk, "the JDK decodes what Utf8 refuses");
      return;
    }
    assertEquals(jdk, decoded);
  }

  private static void utf8Encoding(String text) {
    byte[] encoded = Utf8.encode(text);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), encoded);
    assertEquals(encoded.length, Utf8.encodedLength(text));
    assertTrue(encoded.length <= text.length() * 3);
  }
}
