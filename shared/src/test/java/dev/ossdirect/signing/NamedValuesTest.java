package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamedValuesTest {

  @Test
  void emptyHasNoNames() {
    NamedValues none = new NamedValues();
    assertTrue(none.isEmpty());
    assertEquals(0, none.size());
    assertNull(none.get(""));
    assertNull(none.getIgnoringCase("content-type"));
  }

  @Test
  void aNameSetAgainKeepsItsPlaceWithTheNewValue() {
    NamedValues values = new NamedValues().set("b", "1").set("a", "2").set("b", "3");
    assertEquals(List.of("b", "a"), values.names());
    assertEquals("3", values.get("b"));
    assertEquals("b", values.name(0));
    assertEquals("3", values.value(0));
    assertEquals(2, values.size());
  }

  @Test
  void exactLookUpsKeepTheCaseAndHeaderLookUpsIgnoreIt() {
    NamedValues values = new NamedValues().set("Content-Type", "image/png");
    assertNull(values.get("content-type"));
    assertEquals("image/png", values.getIgnoringCase("CONTENT-TYPE"));
  }

  @Test
  void setAllCopiesInOrderAndTheNamesCannotBeChanged() {
    NamedValues first = new NamedValues().set("x", "1").set("y", "2");
    NamedValues copy = new NamedValues().set("y", "0").setAll(first);
    assertEquals(List.of("y", "x"), copy.names());
    assertEquals("2", copy.get("y"));
    first.set("z", "3");
    assertEquals(2, copy.size());
    assertThrows(UnsupportedOperationException.class, () -> copy.names().add("w"));
  }

  @Test
  void removingANameKeepsTheOthersInOrder() {
    NamedValues values = new NamedValues().set("a", "1").set("b", "2").set("c", "3");
    values.remove("b").remove("B").remove("absent");
    assertEquals(List.of("a", "c"), values.names());
    assertEquals("3", values.get("c"));
    values.remove("a").remove("c");
    assertTrue(values.isEmpty());
  }
}
