package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

  @Test
  void formatsAndParsesBack() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("uploads", "");
    parameters.put("name with space", "a+b&c=d/é😀");
    parameters.put("x", "1");
    String query = QueryString.format(parameters);
    assertEquals("uploads&name%20with%20space=a%2Bb%26c%3Dd%2F%C3%A9%F0%9F%98%80&x=1", query);
    assertEquals(parameters, QueryString.parse(query));
  }

  @Test
  void parsesFormEncodingAndBareNames() {
    Map<String, String> parsed = QueryString.parse("a=1+2&b&c=&&d=%2B");
    assertEquals("1 2", parsed.get("a"));
    assertEquals("", parsed.get("b"));
    assertEquals("", parsed.get("c"));
    assertEquals("+", parsed.get("d"));
    assertEquals(4, parsed.size());
  }

  @Test
  void rejectsRepeatedNamesAndBrokenEscapes() {
    assertThrows(IllegalArgumentException.class, () -> QueryString.parse("a=1&a=2"));
    assertThrows(IllegalArgumentException.class, () -> QueryString.parse("a=%zz"));
    assertThrows(IllegalArgumentException.class, () -> QueryString.parse("a=%C0%80"));
  }

  @Test
  void rejectsANamelessParameter() {
    assertThrows(IllegalArgumentException.class, () -> QueryString.parse("="));
    assertThrows(IllegalArgumentException.class, () -> QueryString.parse("a=1&=2"));
    assertThrows(IllegalArgumentException.class, () -> QueryString.parse("=1&b=2"));
  }
}
