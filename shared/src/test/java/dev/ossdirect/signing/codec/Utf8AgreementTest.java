package dev.ossdirect.signing.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ossdirect.signing.SeededRandom;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** UTF-8 agrees with the JDK's encoder, and with its strict decoder on valid and invalid bytes. */
class Utf8AgreementTest {

  @Test
  void encodesLikeTheJdk() {
    SeededRandom random = SeededRandom.seeded("utf-8 encode", 5L);
    for (int i = 0; i < 2000; i++) {
      String text = random.text(50);
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encode(text), text);
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encodeByHand(text), text);
      assertEquals(text.getBytes(StandardCharsets.UTF_8).length, Utf8.encodedLength(text));
      assertEquals(text, Utf8.decode(Utf8.encode(text)));
    }
  }

  @Test
  void encodesUnpairedSurrogatesAsQuestionMarksLikeTheJdk() {
    for (String text : new String[] {"\uD800", "a\uDC00b", "\uDBFF\uDBFF", "\uDC00\uD800", "x\uD83D"}) {
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encode(text), text);
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Utf8.encodeByHand(text), text);
    }
  }

  @Test
  void decodesRandomBytesExactlyWhenTheJdkStrictDecoderDoes() {
    SeededRandom random = SeededRandom.seeded("utf-8 decode", 6L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      for (int round = 0; round < 20; round++) {
        byte[] bytes = random.bytes(length % 12);
        String expected = strictJdkDecode(bytes);
        if (expected == null) {
          assertThrows(IllegalArgumentException.class, () -> Utf8.decode(bytes));
        } else {
          assertEquals(expected, Utf8.decode(bytes));
        }
      }
    }
  }

  @Test
  void rejectsOverlongSurrogateAndOutOfRangeForms() {
    byte[][] invalid = {
      {(byte) 0xc0, (byte) 0x80}, // overlong NUL
      {(byte) 0xe0, (byte) 0x80, (byte) 0xaf}, // overlong '/'
      {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // U+D800
      {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {(byte) 0xe4, (byte) 0xb8}, // truncated
      {(byte) 0x80}, // lone continuation
    };
    for (byte[] bytes : invalid) {
      assertEquals(null, strictJdkDecode(bytes));
      assertThrows(IllegalArgumentException.class, () -> Utf8.decode(bytes));
    }
  }

  private static String strictJdkDecode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
