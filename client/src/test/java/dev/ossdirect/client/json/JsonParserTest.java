package dev.ossdirect.client.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

  @Test
  void readsEveryKindOfValue() {
    Object value = JsonParser.parse(
        " {\"s\":\"a\\\"b\\\\c\\n\\u00e9\\ud83d\\ude00\",\"n\":-12.5e1,\"z\":0,\"t\":true,\"f\":false,\"x\":null,"
            + "\"a\":[1,{\"b\":[]},\"c\"],\"o\":{}} ");
    Map<?, ?> object = (Map<?, ?>) value;
    assertEquals("a\"b\\c\né\ud83d\ude00", object.get("s"));
    assertEquals(-125.0, object.get("n"));
    assertEquals(0.0, object.get("z"));
    assertEquals(Boolean.TRUE, object.get("t"));
    assertEquals(Boolean.FALSE, object.get("f"));
    assertTrue(object.containsKey("x"));
    assertNull(object.get("x"));
    assertEquals(List.of(1.0, Map.of("b", List.of()), "c"), object.get("a"));
    assertEquals(Map.of(), object.get("o"));
  }

  @Test
  void keepsMemberOrder() {
    JsonObject object = JsonObject.parse("{\"b\":1,\"a\":2,\"c\":3}");
    assertEquals(List.of("b", "a", "c"), List.copyOf(object.names()));
  }

  @Test
  void refusesMalformedDocuments() {
    for (String bad : new String[] {"", "{", "{\"a\":}", "[1,]", "{'a':1}", "01", "1.", "-", "tru", "\"\\x\"",
        "\"a", "{\"a\":1} x", "\"\u0001\"", "[1 2]"}) {
      assertThrows(IllegalArgumentException.class, () -> JsonParser.parse(bad), bad);
    }
  }

  @Test
  void typedGettersAnswerNullForOtherTypes() {
    JsonObject object = JsonObject.parse("{\"n\":1,\"s\":\"x\",\"list\":[\"a\",2,{\"k\":1}]}");
    assertNull(object.string("n"));
    assertNull(object.number("s"));
    assertNull(object.object("missing"));
    assertEquals(List.of("a"), object.strings("list"));
    assertEquals(1, object.objects("list").size());
    assertEquals(List.of(), object.strings("missing"));
  }
}
