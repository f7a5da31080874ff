package dev.ossdirect.signing.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ossdirect.signing.SeededRandom;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Percent-encoding agrees with what Alibaba's Java SDKs compute from {@link URLEncoder}: only
 * {@code A-Z a-z 0-9 - _ . ~} stay, and a space is {@code %20}.
 */
class PercentEncodingAgreementTest {

  @Test
  void encodesLikeTheSdkRecipe() {
    SeededRandom random = SeededRandom.seeded("percent-encoding", 10L);
    for (int i = 0; i < 3000; i++) {
      String text = random.text(40);
      assertEquals(sdkRecipe(text), PercentEncoding.encode(text), text);
      assertEquals(sdkRecipe(text).replace("%2F", "/"), PercentEncoding.encodePath(text), text);
      assertEquals(text, PercentEncoding.decode(PercentEncoding.encode(text)));
    }
  }

  @Test
  void encodesEveryByteValue() {
    for (int c = 0; c < 0x800; c++) {
      String text = String.valueOf((char) c);
      assertEquals(sdkRecipe(text), PercentEncoding.encode(text));
    }
    assertEquals("%20%2B%2A~%2F", PercentEncoding.encode(" +*~/"));
    assertEquals("a%20b/c%2Bd", PercentEncoding.encodePath("a b/c+d"));
  }

  @Test
  void encodesAnUnpairedSurrogateAsTheQuestionMarkItsUtf8Has() {
    for (String text : new String[] {"\uD800", "a/\uDC00b", "\u00e9\uD83D", "\uD83Dx/y z"}) {
      assertEquals(sdkRecipe(text), PercentEncoding.encode(text), text);
      assertEquals(sdkRecipe(text).replace("%2F", "/"), PercentEncoding.encodePath(text), text);
    }
    assertEquals("a/%3Fb", PercentEncoding.encodePath("a/\uDC00b"));
  }

  /**
   * The encoder copies runs of unreserved characters whole and encodes runs of non-ASCII ones whole:
   * runs at the start and the end, of one character, and a surrogate pair at a run's edge.
   */
  @Test
  void encodesRunsOfEveryKindAtEveryEdge() {
    String[] texts = {
      "", "a", "%", "\u00e9", "abc def", " abc", "abc ", "a b c", "~~ ~~", "\u00e9abc", "abc\u00e9",
      "a\u00e9b\u4e2dc", "\uD83D\uDE00", "x\uD83D\uDE00", "\uD83D\uDE00x", "\u00e9\uD83D\uDE00\u00e9",
      "\uD83D\uDE00\uD83D", "a\uDE00\uD83Db", "AccessKeyId=STS.abc&Timestamp=2025-01-01T00:00:00Z",
      "CAIS+ab/cd==" + "x".repeat(100)
    };
    for (String text : texts) {
      assertEquals(sdkRecipe(text), PercentEncoding.encode(text), text);
      assertEquals(sdkRecipe(text).replace("%2F", "/"), PercentEncoding.encodePath(text), text);
    }
  }

  /**
   * Encoding twice in one pass gives what the SDK recipe gives applied twice: on random text, on text
   * that is all escapes or has none, on {@code %} and escapes already in the text, on multi-byte
   * characters and surrogate pairs at the edges, and on an unpaired surrogate; appended after what the
   * builder already holds.
   */
  @Test
  void encodesTwiceInOnePassAsTheRecipeAppliedTwice() {
    SeededRandom random = SeededRandom.seeded("percent-encoding twice", 13L);
    List<String> texts = new ArrayList<>(List.of(
        "", "a", "%", "%%", "%25", "a%2Fb", "100% ", "&=", "\u00e9", "x\u00e9", "\u00e9x", "\u4e2d",
        "\uD83D\uDE00", "x\uD83D\uDE00y", "\uD800", "a\uDC00b", "~-_.", "CAIS+ab/cd=="));
    for (int i = 0; i < 2000; i++) {
      texts.add(random.text(40));
    }
    for (String text : texts) {
      StringBuilder out = new StringBuilder("kept&");
      PercentEncoding.appendEncodedTwice(out, text);
      assertEquals("kept&" + sdkRecipe(sdkRecipe(text)), out.toString(), text);
      StringBuilder once = new StringBuilder("kept&");
      PercentEncoding.appendEncoded(once, text);
      assertEquals("kept&" + sdkRecipe(text), once.toString(), text);
    }
    StringBuilder out = new StringBuilder();
    PercentEncoding.appendEncodedTwice(out, "%/\u00e9");
    assertEquals("%2525%252F%25C3%25A9", out.toString());
  }

  @Test
  void decodesQueryComponentsLikeUrlDecoder() {
    SeededRandom random = SeededRandom.seeded("query decoding", 12L);
    for (int i = 0; i < 2000; i++) {
      String encoded = URLEncoder.encode(random.text(30), StandardCharsets.UTF_8);
      assertEquals(
          URLDecoder.decode(encoded, StandardCharsets.UTF_8),
          PercentEncoding.decodeQueryComponent(encoded));
    }
    assertEquals("a+b", PercentEncoding.decode("a+b"));
    assertEquals("a b", PercentEncoding.decodeQueryComponent("a+b"));
  }

  @Test
  void rejectsBrokenEscapesAndInvalidUtf8() {
    for (String bad : new String[] {"%", "%4", "%zz", "a%2", "%C0%80", "%ED%A0%80", "%FF"}) {
      assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode(bad), bad);
    }
  }

  private static String sdkRecipe(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  @Test
  void refusesTextWithAnUnpairedSurrogateWhetherOrNotItHasEscapes() {
    assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode("a\ud800b"));
    assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decode("a\ud800%41"));
    assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decodeQueryComponent("\udc00+"));
    assertEquals("\ud83d\ude00 A", PercentEncoding.decodeQueryComponent("\ud83d\ude00+%41"));
  }
}
