package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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

  @Test
  void agreesWithALinkedHashMapThroughManySetsAndRemovals() {
    Random random = new Random(20261207);
    NamedValues values = new NamedValues();
    Map<String, String> model = new LinkedHashMap<>();
    for (int step = 0; step < 40_000; step++) {
      String name = "n" + random.nextInt(3_000);
      if (random.nextInt(4) == 0) {
        values.remove(name);
        model.remove(name);
      } else {
        String value = Integer.toString(step);
        values.set(name, value);
        model.put(name, value);
      }
      String probe = "n" + random.nextInt(3_000);
      assertEquals(model.get(probe), values.get(probe), probe);
    }
    assertEquals(new ArrayList<>(model.keySet()), values.names());
    for (int i = 0; i < values.size(); i++) {
      assertEquals(model.get(values.name(i)), values.value(i));
    }
  }

  @Test
  void removingTheFirstAndTheLastNamesLeavesTheOthersFindable() {
    NamedValues values = new NamedValues().set("a", "1").set("b", "2").set("c", "3").set("d", "4");
    values.remove("a").remove("d");
    assertEquals("2", values.get("b"));
    assertEquals("3", values.get("c"));
    values.set("a", "5");
    assertEquals(List.of("b", "c", "a"), values.names());
    assertEquals("5", values.get("a"));
    values.set("b", "6");
    assertEquals("6", values.value(0));
  }
}
