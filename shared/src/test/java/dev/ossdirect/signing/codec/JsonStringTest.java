package dev.ossdirect.signing.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.SeededRandom;
import org.junit.jupiter.api.Test;

/**
 * JSON string literals read back to the same text with Jackson, and escape exactly the characters Alibaba's
 * Java OSS SDK escapes: the edges of each escaped range are checked, with their neighbours that are not.
 */
class JsonStringTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsBackToTheSameTextWithJackson() throws Exception {
    SeededRandom random = SeededRandom.seeded("json strings", 31L);
    for (int i = 0; i < 3000; i++) {
      String text = random.text(40);
      if (Utf8.firstUnpairedSurrogate(text) >= 0) {
        continue;
      }
      assertEquals(text, JSON.readValue(JsonString.quote(text), String.class), text);
    }
    for (char c = 0; c < 0x3000; c++) {
      if (!Character.isSurrogate(c)) {
        String text = "a" + c + "b";
        assertEquals(text, JSON.readValue(JsonString.quote(text), String.class), Integer.toHexString(c));
      }
    }
  }

  @Test
  void escapesTheCharactersTheSdkEscapes() {
    assertEquals("\"\"", JsonString.quote(""));
    assertEquals("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", JsonString.quote("\"\\/\b\f\n\r\t"));
    assertEquals("\"\\u0000\\u001F \"", JsonString.quote("\u0000\u001f\u0020"));
    assertEquals("\"~\\u007F\\u009F\u00a0\"", JsonString.quote("~\u007f\u009f\u00a0"));
    assertEquals("\"\u1fff\\u2000\\u2028\\u2029\\u20FF\u2100\"", JsonString.quote("\u1fff\u2000\u2028\u2029\u20ff\u2100"));
    assertEquals("\"uploads\\/照片 😀.jpg\"", JsonString.quote("uploads/照片 😀.jpg"));
  }
}
